using SlothActors.Events;
using SlothActors.Journal.Rows;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    private const string Pending = $"'{EventStatusNames.Pending}'";
    private const string Processing = $"'{EventStatusNames.Processing}'";
    private const string Claimed = $"{E.Status} = {Processing}, {E.Owner} = $owner, {E.Attempts} = {E.Attempts} + 1, {E.NextAttemptAt} = NULL";

    // The subquery walks the status index, which carries seq (the rowid), so it reads oldest first.
    private const string ClaimPendingSql =
        $"""
        UPDATE {Tables.Events} SET {Claimed}
        WHERE {E.Seq} IN (
            SELECT {E.Seq} FROM {Tables.Events}
            WHERE {E.Status} = {Pending} AND ({E.NextAttemptAt} IS NULL OR {E.NextAttemptAt} <= $now)
            ORDER BY {E.Seq} LIMIT $limit)
        RETURNING {E.Selected}
        """;

    private const string ClaimByIdSql =
        $"UPDATE {Tables.Events} SET {Claimed} WHERE {E.Id} = $id AND {E.Status} = {Pending}";

    private const string Released = $"{E.Status} = {Pending}, {E.Owner} = NULL";

    private const string ReleaseByIdSql =
        $"UPDATE {Tables.Events} SET {Released}, {E.NextAttemptAt} = $next WHERE {E.Id} = $id AND {E.Status} = {Processing} AND {E.Owner} = $owner";

    private const string ReleaseOwnerSql =
        $"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing} AND {E.Owner} = $owner";

    private const string RecoverAllSql = $"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing}";

    public async Task<IReadOnlyList<Event>> ClaimPendingAsync(string owner, int maxCount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (maxCount is < 1 or > MaxBatch)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, $"use 1-{MaxBatch}");
        }

        return await _database.Writer.WriteAsync(
            tx =>
            {
                var claim = tx.Command(ClaimPendingSql).Set("$owner", owner).Set("$now", UnixMs.From(now)).Set("$limit", maxCount);
                var claimed = new List<(long Seq, Event Event)>();
                using (var reader = tx.Read(claim))
                {
                    while (reader.Read())
                    {
                        claimed.Add((reader.GetInt64(EventRowReader.SeqOrdinal), EventRows.Read(reader)));
                    }
                }

                // RETURNING gives no order guarantee.
                return (IReadOnlyList<Event>)claimed.OrderBy(c => c.Seq).Select(c => c.Event).ToList();
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ClaimAsync(string owner, IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        EnsureBatch(eventIds, nameof(eventIds));
        return await _database.Writer.WriteAsync(
            tx =>
            {
                var claim = tx.Statement(ClaimByIdSql).Set("$owner", owner);
                var claimed = new List<string>(eventIds.Count);
                foreach (var id in eventIds)
                {
                    if (claim.Set("$id", id).Execute() == 1)
                    {
                        claimed.Add(id);
                    }
                }

                return (IReadOnlyList<string>)claimed;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ReleaseAsync(string owner, IReadOnlyList<string> eventIds, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        EnsureBatch(eventIds, nameof(eventIds));
        return await _database.Writer.WriteAsync(
            tx =>
            {
                var release = tx.Command(ReleaseByIdSql).Set("$next", UnixMs.From(nextAttemptAt)).Set("$owner", owner);
                return eventIds.Sum(id => tx.Execute(release.Set("$id", id)));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ReleaseOwnerAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return await _database.Writer.WriteAsync(tx => tx.Execute(tx.Command(ReleaseOwnerSql).Set("$owner", owner)), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<int> RecoverAllAsync(CancellationToken cancellationToken) =>
        await _database.Writer.WriteAsync(tx => tx.Execute(tx.Command(RecoverAllSql)), cancellationToken).ConfigureAwait(false);
}
