using System.Text;
using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Configuration;
using Akka.Persistence.Sql;
using Akka.Persistence.Sql.Config;
using LinqToDB;

namespace SlothActors.Engine.Persistence;

/// <summary>
/// The same persistence for an actor system not built by Akka.Hosting (Akka.TestKit's <c>Sys</c>,
/// <c>ActorSystem.Create</c>). HOCON cannot carry the SQLite interceptor, so the SQLite form has
/// two halves: <see cref="SqliteConfig"/> (plugins, provider, mapping) and
/// <see cref="SqliteDataOptionsSetup"/> (the connection, with its pragmas), joined by
/// <see cref="SqliteActorSystemSetup"/>.
/// </summary>
public static partial class PersistenceSetup
{
    /// <summary>
    /// An actor system's whole setup for persistence on the SQLite file <paramref name="databasePath"/>:
    /// pass it to <c>ActorSystem.Create(name, setup)</c> or to Akka.TestKit's constructor.
    /// </summary>
    /// <param name="config">The rest of the system's HOCON; it wins over the persistence settings.</param>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty or in-memory.</exception>
    public static ActorSystemSetup SqliteActorSystemSetup(string databasePath, Config? config = null) =>
        BootstrapSetup.Create()
            .WithConfig((config ?? Config.Empty).WithFallback(SqliteConfig()))
            .And(SqliteDataOptionsSetup(databasePath));

    /// <summary>
    /// The HOCON half for SQLite. It names no file on purpose: alone (without
    /// <see cref="SqliteDataOptionsSetup"/>) each of the plugins' connections opens an empty
    /// temporary database, so recovery and writes fail instead of going to a file without the
    /// durability pragmas.
    /// </summary>
    public static Config SqliteConfig() => SqliteJournalTuning.WithFallback(SqlConfig(ProviderName.SQLiteMS, connectionString: null));

    /// <summary>
    /// The setup half for SQLite: the connection to <paramref name="databasePath"/>, WAL and
    /// <c>synchronous=FULL</c> on every connection, for the journal, the snapshot store and the
    /// read journal (one DataOptions, so one interceptor, for all three).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty or in-memory.</exception>
    public static MultiDataOptionsSetup SqliteDataOptionsSetup(string databasePath)
    {
        var dataOptions = SqliteDataOptions.For(databasePath);
        var setup = new MultiDataOptionsSetup();
        setup.AddDataOptions(SqlPluginIds.Journal, dataOptions);
        setup.AddDataOptions(SqlPluginIds.SnapshotStore, dataOptions);
        setup.AddDataOptions(SqlPluginIds.Query, dataOptions);
        return setup;
    }

    /// <summary>The whole HOCON for PostgreSQL (15 or newer); it needs no setup.</summary>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public static Config PostgresConfig(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return SqlConfig(ProviderName.PostgreSQL15, connectionString);
    }

    /// <summary>
    /// One setting a line: HOCON fields on one line need commas, and a missing one silently drops
    /// the field after it. The plugins' own reference configuration is the fallback.
    /// </summary>
    private static Config SqlConfig(string providerName, string? connectionString)
    {
        var connection = new StringBuilder().AppendLine($"provider-name = {Quote(providerName)}");
        if (connectionString is not null)
        {
            connection.AppendLine($"connection-string = {Quote(connectionString)}");
        }

        var hocon = $$"""
            akka.persistence {
              journal {
                plugin = {{Quote(SqlPluginIds.Journal)}}
                sql {
            {{connection}}
                  table-mapping = default
                  auto-initialize = on
                }
              }
              snapshot-store {
                plugin = {{Quote(SqlPluginIds.SnapshotStore)}}
                sql {
            {{connection}}
                  table-mapping = default
                  auto-initialize = on
                }
              }
              query.journal.sql {
            {{connection}}
                table-mapping = default
                write-plugin = {{Quote(SqlPluginIds.Journal)}}
              }
            }
            """;
        return ConfigurationFactory.ParseString(hocon).WithFallback(SqlPersistence.DefaultConfiguration);
    }

    /// <summary>A HOCON quoted string (JSON's escapes): a Windows path's backslashes survive.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
