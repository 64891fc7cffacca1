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

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var rows = new List<T>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }

                return rows;
            }
        }
    }
}
