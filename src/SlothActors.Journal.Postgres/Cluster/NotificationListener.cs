using Npgsql;
using SlothActors.Journal.Cluster;

namespace SlothActors.Journal.Postgres.Cluster;

/// <summary>
/// LISTEN on a dedicated, unpooled connection (a pooled one would be reset, and its LISTENs
/// dropped, whenever the pool takes it back), waiting for notices with <c>WaitAsync</c>. A
/// failed connection is replaced after a delay that doubles up to the maximum and resets once
/// listening works again.
/// </summary>
internal sealed class NotificationListener(PostgresClusterOptions options, ClusterListenHandlers handlers)
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString)
    {
        Pooling = false,
        ApplicationName = "sloth-listener",
    }.ConnectionString;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var delay = options.ReconnectDelay;
        var reconnect = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenOnceAsync(reconnect, () => delay = options.ReconnectDelay, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                handlers.ConnectionLost?.Invoke(ex, delay);
                try
                {
                    await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxReconnectDelay.Ticks));
                reconnect = true;
            }
        }
    }

    private async Task ListenOnceAsync(bool reconnect, Action connected, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            var received = new List<ClusterNotice>();
            connection.Notification += (_, e) => received.Add(new ClusterNotice(e.Channel, e.Payload));
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var listen = new NpgsqlCommand(string.Concat(ClusterChannels.All.Select(channel => $"LISTEN {channel};")), connection);
            await using (listen.ConfigureAwait(false))
            {
                await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            connected();
            handlers.Listening?.Invoke();
            if (reconnect)
            {
                await handlers.OnNotice(ClusterNotice.Reconnected, cancellationToken).ConfigureAwait(false);
            }

            while (true)
            {
                // Notices arrive as events raised inside WaitAsync, on this task: no locking needed.
                await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                var batch = received.ToArray();
                received.Clear();
                foreach (var notice in batch)
                {
                    await handlers.OnNotice(notice, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
