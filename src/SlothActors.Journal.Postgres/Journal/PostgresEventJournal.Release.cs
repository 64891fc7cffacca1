using NpgsqlTypes;
using SlothActors.Events;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Postgres.Journal;

internal sealed partial class PostgresEventJournal
{
    private const string Pending = $"'{EventStatusNames.Pending}'";
    private const string Processing = $"'{EventStatusNames.Processing}'";
    private const string Released = $"{E.Status} = {Pending}, {E.Owner} = NULL";

    private const string ReleaseByIdSql =
        $"UPDATE {Tables.Events} SET {Released} WHERE {E.Id} = ANY(@ids) AND {E.Status} = {Processing} AND {E.Owner} = @owner";

    private const string ReleaseOwnerSql = $"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing} AND {E.Owner} = @owner";

    private const string RecoverAllSql = $"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing}";

    public async Task<int> ReleaseAsync(string owner, IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        EnsureBatch(eventIds, nameof(eventIds));
        if (eventIds.Count == 0)
        {
            return 0;
        }

        return await CountReleasedAsync(
            () => _dataSource.CreateCommand(ReleaseByIdSql).WithText("owner", owner).WithArray("ids", NpgsqlDbType.Text, eventIds.ToArray()),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ReleaseOwnerAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return await CountReleasedAsync(() => _dataSource.CreateCommand(ReleaseOwnerSql).WithText("owner", owner), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RecoverAllAsync(CancellationToken cancellationToken) =>
        await CountReleasedAsync(() => _dataSource.CreateCommand(RecoverAllSql), cancellationToken).ConfigureAwait(false);

    // A release sweeping many rows can deadlock with a recorder locking some of them in another
    // order; the statement is its own transaction, so running it again is safe.
    private async Task<int> CountReleasedAsync(Func<Npgsql.NpgsqlCommand> command, CancellationToken cancellationToken) =>
        await PostgresErrors.RetryTransientAsync(() => CommandExecution.ExecuteOnceAsync(command(), cancellationToken)).ConfigureAwait(false);
}
