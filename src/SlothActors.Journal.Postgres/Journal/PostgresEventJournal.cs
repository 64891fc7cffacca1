using Npgsql;
using SlothActors.Journal.Secrets;
using SlothActors.Journal.State;

namespace SlothActors.Journal.Postgres.Journal;

/// <summary>
/// The PostgreSQL journal, shared by every node of a cluster. Each call is one round trip on a
/// pooled connection where it can be (batches travel as arrays); row locks and SKIP LOCKED, not a
/// process-wide writer, keep concurrent nodes apart. One partial file per role.
/// </summary>
internal sealed partial class PostgresEventJournal : IEventJournal
{
    /// <summary>Bounds one call so a single request cannot hold locks (or build arrays) without limit.</summary>
    public const int MaxBatch = 10_000;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresEventJournal(NpgsqlDataSource dataSource, IStateStore state, ISecretStore secrets)
    {
        _dataSource = dataSource;
        State = state;
        Secrets = secrets;
    }

    public IStateStore State { get; }

    public ISecretStore Secrets { get; }

    internal NpgsqlDataSource DataSource => _dataSource;

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

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
