using SlothActors.Journal.Cluster;
using SlothActors.Journal.Postgres.Cluster;
using SlothActors.PostgresTesting;

namespace SlothActors.Journal.Postgres.Tests.Cluster;

/// <summary>Opens cluster stores on a test class's database; each test uses member and lease names of its own.</summary>
internal static class ClusterStoreFixture
{
    public static async Task<IClusterStore> OpenAsync(PostgresServerFixture server, Type testClass) =>
        await PostgresCluster.OpenAsync(Options(await server.DatabaseForAsync(testClass)), CancellationToken.None);

    public static PostgresClusterOptions Options(string connectionString) => new(connectionString)
    {
        ReconnectDelay = TimeSpan.FromMilliseconds(50),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(400),
    };

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)];

    public static MemberRegistration Member(string name) => new(name, "http://127.0.0.1:8101", ["worker", "api"], "0.1.0");
}
