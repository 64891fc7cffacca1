namespace SlothActors.Journal.Sqlite;

/// <summary>SQLite's <c>PRAGMA synchronous</c> for the writer connection.</summary>
public enum SqliteSynchronous
{
    /// <summary>No fsync: a crash of the machine can lose or corrupt recent commits. Benchmarks only.</summary>
    Off = 0,

    /// <summary>In WAL mode: a power loss can lose the last commits, never corrupt the file.</summary>
    Normal = 1,

    /// <summary>The default: a committed event survives a power loss.</summary>
    Full = 2,

    Extra = 3,
}
