using SlothActors.Events;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    private const string Pending = $"'{EventStatusNames.Pending}'";
    private const string Processing = $"'{EventStatusNames.Processing}'";
    private const string Released = $"{E.Status} = {Pending}, {E.Owner} = NULL";

    private const string ReleaseByIdSql =
        $"UPDATE {Tables.Events} SET {Released} WHERE {E.Id} = $id AND {E.Status} = {Processing} AND {E.Owner} = $owner";

    private const string ReleaseOwnerSql =
        $"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing} AND {E.Owner} = $owner";

    private const string RecoverAllSql = $"UPDATE {Tables.Events} SET {Released} WHERE {E.Status} = {Processing}";

    public async Task<int> ReleaseAsync(string owner, IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        EnsureBatch(eventIds, nameof(eventIds));
        return await _database.Writer.WriteAsync(
            tx =>
            {
                var release = tx.Command(ReleaseByIdSql).Set("$owner", owner);
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
