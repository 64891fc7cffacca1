using SlothActors.Journal.Postgres.Storage;
using C = SlothActors.Journal.Postgres.Cluster.ClusterSchema;

namespace SlothActors.Journal.Postgres.Cluster;

internal sealed partial class PostgresClusterStore
{
    // The conflict update only applies when the row is ours or expired; otherwise no row comes
    // back. Two contenders racing for an expired lease serialise on the row lock, and the second
    // re-checks the WHERE against the first one's fresh expiry, so only one wins.
    private const string AcquireSql =
        $"""
        INSERT INTO {C.Lease} ({C.Name}, {C.Holder}, {C.ExpiresAt})
        VALUES (@lease, @holder, now() + @ttl)
        ON CONFLICT ({C.Name}) DO UPDATE SET {C.Holder} = excluded.{C.Holder}, {C.ExpiresAt} = excluded.{C.ExpiresAt}
        WHERE {C.Lease}.{C.Holder} = excluded.{C.Holder} OR {C.Lease}.{C.ExpiresAt} < now()
        RETURNING {C.Holder}
        """;

    private const string ReleaseSql = $"DELETE FROM {C.Lease} WHERE {C.Name} = @lease AND {C.Holder} = @holder";

    public async Task<bool> TryAcquireAsync(string lease, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(lease);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        if (ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "use a positive duration");
        }

        var command = dataSource.CreateCommand(AcquireSql).WithText("lease", lease).WithText("holder", holder).With("ttl", ttl);
        return (await CommandExecution.ReadAllAsync(command, _ => true, cancellationToken).ConfigureAwait(false)).Count == 1;
    }

    public async Task ReleaseAsync(string lease, string holder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(lease);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var command = dataSource.CreateCommand(ReleaseSql).WithText("lease", lease).WithText("holder", holder);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
