using Akka.Actor;
using Akka.Persistence.Sql.Config;
using LinqToDB;
using LinqToDB.Data;
using Microsoft.Data.Sqlite;
using SlothActors.Engine.Persistence;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>The SQLite settings a connection of a plugin runs with.</summary>
internal sealed record SqlitePragmas(string JournalMode, long Synchronous, long BusyTimeoutMs)
{
    /// <summary>What <see cref="PersistenceSetup"/> promises: WAL, FULL (2), and a 5 s busy timeout.</summary>
    public static readonly SqlitePragmas Durable = new("wal", 2, 5000);
}

/// <summary>
/// Reads the pragmas off a connection opened the way a plugin opens its own: from the linq2db
/// DataOptions the actor system hands that plugin (its <see cref="MultiDataOptionsSetup"/>, looked
/// up by plugin id as the plugin does), never from a connection string of the test's.
/// </summary>
internal static class PluginPragmas
{
    /// <exception cref="Xunit.Sdk.XunitException">The system gives the plugin no DataOptions.</exception>
    public static DataOptions DataOptionsOf(ActorSystem system, string pluginId)
    {
        var setup = system.Settings.Setup.Get<MultiDataOptionsSetup>();
        setup.HasValue.ShouldBeTrue($"the actor system has no {nameof(MultiDataOptionsSetup)}");
        setup.Value.TryGetDataOptionsFor(pluginId, out var options).ShouldBeTrue($"no DataOptions for {pluginId}");
        return options.ShouldNotBeNull();
    }

    public static SqliteDurabilityInterceptor InterceptorOf(DataOptions options) =>
        options.DataContextOptions.Interceptors.ShouldNotBeNull().OfType<SqliteDurabilityInterceptor>().ShouldHaveSingleItem();

    /// <summary>
    /// First hands the connection pool a connection lowered to <c>synchronous=OFF</c> and no busy
    /// timeout, so the plugin's open takes it back from the pool: what it reads then is what the
    /// open itself set, not SQLite's compiled-in defaults (which, in the build linked here, are FULL).
    /// </summary>
    public static SqlitePragmas ReadAfterPooledDowngrade(DataOptions options)
    {
        var connectionString = options.ConnectionOptions.ConnectionString.ShouldNotBeNull();

        // Cleared first (a connection rented before a clear is discarded on return, not pooled),
        // so the lowered one is the pool's only idle connection when the plugin's open asks for one.
        using (var any = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(any);
        }

        using (var lowered = new SqliteConnection(connectionString))
        {
            lowered.Open();
            using var command = lowered.CreateCommand();
            command.CommandText = "PRAGMA synchronous = OFF; PRAGMA busy_timeout = 0;";
            command.ExecuteNonQuery();
        }

        using var db = new DataConnection(options);
        return new SqlitePragmas(
            db.Execute<string>("PRAGMA journal_mode"),
            db.Execute<long>("PRAGMA synchronous"),
            db.Execute<long>("PRAGMA busy_timeout"));
    }
}
