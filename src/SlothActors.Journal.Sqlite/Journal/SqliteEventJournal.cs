using SlothActors.Journal.Secrets;
using SlothActors.Journal.Sqlite.Storage;
using SlothActors.Journal.State;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>
/// The SQLite journal. Writes go through the single writer (one transaction per call, prepared
/// statements reused); reads use pooled read-only connections. One partial file per role.
/// </summary>
internal sealed partial class SqliteEventJournal : IEventJournal
{
    /// <summary>Bounds one call so a single request cannot hold the writer for long.</summary>
    public const int MaxBatch = 10_000;

    private readonly SqliteDatabase _database;

    public SqliteEventJournal(SqliteDatabase database, IStateStore state, ISecretStore secrets)
    {
        _database = database;
        State = state;
        Secrets = secrets;
    }

    public IStateStore State { get; }

    public ISecretStore Secrets { get; }

    internal SqliteDatabase Database => _database;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static void EnsureBatch<T>(IReadOnlyList<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items.Count > MaxBatch)
        {
            throw new ArgumentException($"{items.Count} items in one call; the maximum is {MaxBatch}.", name);
        }
    }

    private static void EnsureLimit(int limit)
    {
        if (limit is < 1 or > Queries.EventQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"use 1-{Queries.EventQuery.MaxLimit}");
        }
    }
}
