namespace SlothActors.Engine.Persistence;

/// <summary>
/// The HOCON paths of Akka.Persistence.Sql's plugins under their default identifier <c>sql</c>.
/// The plugins look their linq2db DataOptions up by these ids in the actor system's
/// <see cref="Akka.Persistence.Sql.Config.MultiDataOptionsSetup"/>, so the ids tie the two halves
/// of the configuration (HOCON and setup) together.
/// </summary>
public static class SqlPluginIds
{
    public const string Journal = "akka.persistence.journal.sql";

    public const string SnapshotStore = "akka.persistence.snapshot-store.sql";

    /// <summary>The read journal (Akka.Persistence.Query) over the same table.</summary>
    public const string Query = "akka.persistence.query.journal.sql";
}
