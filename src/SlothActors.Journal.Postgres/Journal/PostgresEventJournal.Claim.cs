using NpgsqlTypes;
using SlothActors.Events;
using SlothActors.Journal.Cluster;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Postgres.Journal;

internal sealed partial class PostgresEventJournal
{
    private const string Pending = $"'{EventStatusNames.Pending}'";
    private const string Processing = $"'{EventStatusNames.Processing}'";
    private const string Claimed = $"{E.Status} = {Processing}, {E.Owner} = @owner, {E.Attempts} = {E.Attempts} + 1, {E.NextAttemptAt} = NULL";

    // SKIP LOCKED: a claimer passes over rows another claimer (on any node) has locked instead of
    // queueing behind it, so concurrent claims take disjoint events without waiting. A row another
    // transaction claimed and committed after our snapshot fails the re-check of the WHERE when we
    // lock it, so it is never taken twice. MATERIALIZED pins the pick to one run: planned as a
    // semi-join of the UPDATE, the LIMIT was not applied to what got updated.
    private const string ClaimPendingSql =
        $"""
        WITH picked AS MATERIALIZED (
            SELECT {E.Seq} AS picked_seq FROM {Tables.Events}
            WHERE {E.Status} = {Pending} AND ({E.NextAttemptAt} IS NULL OR {E.NextAttemptAt} <= @now)
            ORDER BY {E.Seq} LIMIT @limit
            FOR UPDATE SKIP LOCKED)
        UPDATE {Tables.Events} SET {Claimed}
        FROM picked WHERE {E.Seq} = picked.picked_seq AND {E.Status} = {Pending}
        RETURNING {E.Selected}
        """;

    private const string ClaimByIdSql =
        $"UPDATE {Tables.Events} SET {Claimed} WHERE {E.Id} = ANY(@ids) AND {E.Status} = {Pending} RETURNING {E.Id}";

    private const string Released = $"{E.Status} = {Pending}, {E.Owner} = NULL";

    private static readonly string ReleaseByIdSql = CountedAndNotified(
        $"UPDATE {Tables.Events} SET {Released}, {E.NextAttemptAt} = @next WHERE {E.Id} = ANY(@ids) AND {E.Status} = {Processing} AND {E.Owner} = @owner");

    private static readonly string ReleaseOwnerSql = CountedAndNotified(
        $"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing} AND {E.Owner} = @owner");

    private static readonly string RecoverAllSql = CountedAndNotified($"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing}");

    public async Task<IReadOnlyList<Event>> ClaimPendingAsync(string owner, int maxCount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (maxCount is < 1 or > MaxBatch)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, $"use 1-{MaxBatch}");
        }

        var claimed = await PostgresErrors.RetryTransientAsync(() => CommandExecution.ReadAllAsync(
            _dataSource.CreateCommand(ClaimPendingSql).WithText("owner", owner).WithTime("now", now).With("limit", maxCount),
            EventRows.ReadWithSeq,
            cancellationToken)).ConfigureAwait(false);

        // RETURNING gives no order guarantee.
        return claimed.OrderBy(c => c.Seq).Select(c => c.Event).ToList();
    }

    public async Task<IReadOnlyList<string>> ClaimAsync(string owner, IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        EnsureBatch(eventIds, nameof(eventIds));
        if (eventIds.Count == 0)
        {
            return [];
        }

        var claimed = (await PostgresErrors.RetryTransientAsync(() => CommandExecution.ReadAllAsync(
            _dataSource.CreateCommand(ClaimByIdSql).WithText("owner", owner).WithArray("ids", NpgsqlDbType.Text, eventIds.ToArray()),
            r => r.GetString(0),
            cancellationToken)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return eventIds.Where(claimed.Remove).ToList();
    }

    public async Task<int> ReleaseAsync(string owner, IReadOnlyList<string> eventIds, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        EnsureBatch(eventIds, nameof(eventIds));
        if (eventIds.Count == 0)
        {
            return 0;
        }

        return await CountReleasedAsync(
            () => _dataSource.CreateCommand(ReleaseByIdSql).WithText("owner", owner).WithTime("next", nextAttemptAt).WithArray("ids", NpgsqlDbType.Text, eventIds.ToArray()),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ReleaseOwnerAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return await CountReleasedAsync(() => _dataSource.CreateCommand(ReleaseOwnerSql).WithText("owner", owner), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RecoverAllAsync(CancellationToken cancellationToken) =>
        await CountReleasedAsync(() => _dataSource.CreateCommand(RecoverAllSql), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Released events are pending again: the notice (sent only if any were, and only once the
    /// statement committed) lets idle nodes claim them at once instead of at their next tick.
    /// </summary>
    private static string CountedAndNotified(string release) =>
        $"""
        WITH released AS ({release} RETURNING 1)
        SELECT c.n, CASE WHEN c.n > 0 THEN pg_notify('{ClusterChannels.Events}', c.n::text) END
        FROM (SELECT count(*) AS n FROM released) c
        """;

    // A release sweeping many rows can deadlock with a recorder or claimer locking some of them in
    // another order; the statement is its own transaction, so running it again is safe.
    private async Task<int> CountReleasedAsync(Func<Npgsql.NpgsqlCommand> command, CancellationToken cancellationToken) =>
        (int)(await PostgresErrors.RetryTransientAsync(() => CommandExecution.ReadAllAsync(command(), r => r.GetInt64(0), cancellationToken)).ConfigureAwait(false))[0];
}
