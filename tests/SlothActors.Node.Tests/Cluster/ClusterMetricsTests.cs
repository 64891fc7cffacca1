using SlothActors.Node.Tests.Metrics;
using SlothActors.PostgresTesting;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ClusterMetricsTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Cluster_members_by_status_count_every_member_of_the_shared_membership()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var a = await StartAsync(db, "metrics-a");
        await using var b = await StartAsync(db, "metrics-b", seed: a);

        // The gauge is refreshed at most once a second, so the second member may take a scrape or two.
        var metrics = await EventuallyAsync(
            async () => Exposition.Parse(await b.Client.GetStringAsync("/metrics")),
            m => m.Single("sloth_cluster_members", ("status", "up")).Value == 2,
            "both members counted up on metrics-b");
        metrics.Single("sloth_cluster_members", ("status", "joining")).Value.ShouldBe(0);
        metrics.Single("sloth_cluster_members", ("status", "down")).Value.ShouldBe(0);
    }
}
