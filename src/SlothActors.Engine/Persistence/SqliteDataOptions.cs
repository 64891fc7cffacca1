using LinqToDB;
using Microsoft.Data.Sqlite;

namespace SlothActors.Engine.Persistence;

/// <summary>
/// The linq2db options Akka.Persistence.Sql connects to its SQLite file with. The plugin builds
/// every connection from these (it only adds its table mapping), so the interceptor in them
/// reaches every connection it opens; a HOCON connection string alone could carry no pragma.
/// </summary>
internal static class SqliteDataOptions
{
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty or names an in-memory database.</exception>
    public static DataOptions For(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        if (databasePath.Trim() == ":memory:")
        {
            throw new ArgumentException("the Akka journal must be a file: an in-memory database has no WAL and loses every event.", nameof(databasePath));
        }

        // Pooling stays on (measured: off is slower, each open re-reads the schema); the
        // interceptor re-applies the per-connection pragmas on every open from the pool.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(databasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        return new DataOptions()
            .UseConnectionString(ProviderName.SQLiteMS, connectionString)
            .UseInterceptor(new SqliteDurabilityInterceptor());
    }
}
