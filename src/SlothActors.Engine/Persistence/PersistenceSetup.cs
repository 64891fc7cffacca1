using Akka.Hosting;
using Akka.Persistence.Sql.Hosting;
using LinqToDB;

namespace SlothActors.Engine.Persistence;

/// <summary>
/// Akka.Persistence.Sql as the actor system's default journal and default snapshot store: on a
/// SQLite file of its own by default (WAL, <c>synchronous=FULL</c>), on PostgreSQL as an option.
/// Tables are created on first use with the plugin's default mapping (<c>journal</c>,
/// <c>snapshot</c>, <c>tags</c>). These methods are for an actor system built by Akka.Hosting;
/// <see cref="SqliteActorSystemSetup"/> and <see cref="SqliteConfig"/> give the same to one built
/// from HOCON (Akka.TestKit).
/// </summary>
public static partial class PersistenceSetup
{
    /// <summary>The Akka journal's file in a node's data dir, beside the read model's <c>journal.db</c>.</summary>
    public const string DefaultSqliteFileName = "akka.db";

    /// <summary>
    /// The journal's settings for SQLite that Akka.Hosting has no option for:
    /// <list type="bullet">
    /// <item><c>parallelism = 1</c>: one journal writer (the plugin's default is 3). SQLite takes
    /// one writer at a time, so more only wait on each other's lock inside SQLite's busy handler;
    /// the e2e benchmark showed no difference either way within its noise (docs/performance.md).</item>
    /// <item><c>prefer-parameters-on-multirow-insert</c>: the entries of several partitions
    /// written in one transaction go in as one multi-row insert; without parameters linq2db spells
    /// every payload out as a hex literal for SQLite to parse back. Measured with the
    /// <c>persistence</c> benchmark (16 writers, 2,000-event rounds): 3.1-3.4 instead of 6.5-6.9
    /// CPU-us per event.</item>
    /// </list>
    /// </summary>
    private static readonly Akka.Configuration.Config SqliteJournalTuning = Akka.Configuration.ConfigurationFactory.ParseString("""
        akka.persistence.journal.sql.parallelism = 1
        akka.persistence.journal.sql.prefer-parameters-on-multirow-insert = true
        """);

    /// <summary>
    /// The journal and snapshot store on the SQLite file <paramref name="databasePath"/>, created
    /// when missing (its directory must exist). Keep it apart from the read model's database: the
    /// plugin owns this file's schema.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty or in-memory.</exception>
    public static AkkaConfigurationBuilder AddSqlitePersistence(this AkkaConfigurationBuilder builder, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // One DataOptions for both plugins: the connection (and its pragmas) is defined there
        // only; Akka.Persistence.Sql.Hosting hands it to the plugins in a MultiDataOptionsSetup.
        var dataOptions = SqliteDataOptions.For(databasePath);
        return builder.AddHocon(SqliteJournalTuning, HoconAddMode.Prepend).WithSqlPersistence(
            JournalOptions(ProviderName.SQLiteMS, connectionString: null, dataOptions),
            SnapshotOptions(ProviderName.SQLiteMS, connectionString: null, dataOptions));
    }

    /// <summary>
    /// The journal and snapshot store on PostgreSQL (15 or newer) at <paramref name="connectionString"/>.
    /// PostgreSQL commits durably by default; nothing is added to its connections.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public static AkkaConfigurationBuilder AddPostgresPersistence(this AkkaConfigurationBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.WithSqlPersistence(
            JournalOptions(ProviderName.PostgreSQL15, connectionString, dataOptions: null),
            SnapshotOptions(ProviderName.PostgreSQL15, connectionString, dataOptions: null));
    }

    private static SqlJournalOptions JournalOptions(string providerName, string? connectionString, DataOptions? dataOptions) =>
        new(isDefaultPlugin: true, identifier: "sql")
        {
            ProviderName = providerName,
            ConnectionString = connectionString,
            DataOptions = dataOptions,
            AutoInitialize = true,
            DatabaseOptions = new JournalDatabaseOptions(DatabaseMapping.Default),
        };

    private static SqlSnapshotOptions SnapshotOptions(string providerName, string? connectionString, DataOptions? dataOptions) =>
        new(isDefaultPlugin: true, identifier: "sql")
        {
            ProviderName = providerName,
            ConnectionString = connectionString,
            DataOptions = dataOptions,
            AutoInitialize = true,
            DatabaseOptions = new SnapshotDatabaseOptions(DatabaseMapping.Default),
        };
}
