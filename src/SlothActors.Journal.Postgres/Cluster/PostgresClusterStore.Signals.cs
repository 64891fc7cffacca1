using SlothActors.Journal.Cluster;
using SlothActors.Journal.Postgres.Storage;

namespace SlothActors.Journal.Postgres.Cluster;

internal sealed partial class PostgresClusterStore
{
    /// <summary>PostgreSQL refuses payloads of 8000 bytes or more; ours are names and counts.</summary>
    public const int MaxPayloadBytes = 1024;

    public async Task NotifyAsync(string channel, string payload, CancellationToken cancellationToken)
    {
        EnsureChannel(channel);
        ArgumentNullException.ThrowIfNull(payload);
        if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            throw new ArgumentException($"a notice payload holds at most {MaxPayloadBytes} bytes.", nameof(payload));
        }

        var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)").WithText("channel", channel).WithText("payload", payload);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task ListenAsync(ClusterListenHandlers handlers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        return new NotificationListener(options, handlers).RunAsync(cancellationToken);
    }

    private static void EnsureChannel(string channel)
    {
        if (!ClusterChannels.All.Contains(channel))
        {
            throw new ArgumentException($"'{channel}' is not a cluster channel; use one of {string.Join(", ", ClusterChannels.All)}.", nameof(channel));
        }
    }
}
