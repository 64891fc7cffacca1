using SlothActors.Node.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>The journals a node can run on.</summary>
public static class StorageKinds
{
    /// <summary>An embedded file in the data dir: one node, no cluster.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A shared server: every node on it forms one cluster.</summary>
    public const string Postgres = "postgres";

    /// <exception cref="NodeOptionsException">Neither.</exception>
    public static string Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        Sqlite => Sqlite,
        Postgres or "postgresql" => Postgres,
        _ => throw new NodeOptionsException($"Storage '{text}' is unknown: use sqlite (one node) or postgres (a cluster)"),
    };
}
