using Npgsql;
using SlothActors.Journal.Cluster;

namespace SlothActors.Journal.Postgres.Cluster;

/// <summary>
/// Membership, lease and notices on PostgreSQL. Every time is <c>now()</c> of the server, and
/// each membership change sends its NOTIFY in the statement that makes it, so a listener never
/// hears of a change that was rolled back. One partial file per role.
/// </summary>
internal sealed partial class PostgresClusterStore(NpgsqlDataSource dataSource, PostgresClusterOptions options) : IClusterStore
{
    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
