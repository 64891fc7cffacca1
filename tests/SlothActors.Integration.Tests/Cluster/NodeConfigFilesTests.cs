using System.Text.Json;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>The cluster-config/nodeN.json files, read by the node's own configuration reader.</summary>
public class NodeConfigFilesTests
{
    public static TheoryData<string> ConfigFiles() => [.. LocalClusterFiles.ScriptConfigs()];

    [Theory]
    [MemberData(nameof(ConfigFiles))]
    public void The_node_reads_the_config_as_a_postgres_member_on_loopback_with_valid_cluster_timings(string file)
    {
        var settings = NodeSettingsReader.Read(NodeOptionsReader.LoadConfiguration(LocalClusterFiles.ConfigDir, file));
        var node = settings.Node;
        var number = file.Replace("node", "", StringComparison.Ordinal).Replace(".json", "", StringComparison.Ordinal);
        node.Storage.ShouldBe(StorageKinds.Postgres);
        node.NodeName.ShouldBe($"node-{number}");
        node.Bind.ShouldBe("127.0.0.1", "the local script listens on loopback only; compose overrides it");
        node.AdvertiseAddress.ShouldBe($"http://127.0.0.1:{node.Port}");
        node.Postgres.ShouldBeNull("the connection string differs between compose and the script: it comes from SLOTH_POSTGRES");
        Should.NotThrow(node.Cluster.EnsureValid);
        node.RemoteHost.ShouldBe("127.0.0.1", "remoting binds loopback here too; compose overrides it");
        node.Seeds.ShouldContain($"akka.tcp://sloth@127.0.0.1:{node.RemotePort}", "every node is one of the seeds, so any two can form the cluster again");
        node.Seeds[0].ShouldBe("akka.tcp://sloth@127.0.0.1:4053", "the first seed is node 1's, the same in every file");
    }

    [Theory]
    [MemberData(nameof(ConfigFiles))]
    public void Every_key_in_the_config_is_a_setting_the_node_knows(string file)
    {
        // Configuration binding ignores unknown keys, so a misspelt one would silently keep its default.
        var config = LocalClusterFiles.Config(file);
        config.EnumerateObject().Select(section => section.Name).ShouldBe(["Node", "Cluster"], ignoreOrder: true);
        Keys(config, "Node").ShouldBeSubsetOf(typeof(NodeOptions).GetProperties().Select(p => p.Name));
        Keys(config, "Cluster").ShouldBeSubsetOf(typeof(ClusterOptions).GetProperties().Select(p => p.Name));
    }

    private static IEnumerable<string> Keys(JsonElement config, string section) =>
        config.GetProperty(section).EnumerateObject().Select(property => property.Name).ToList();
}
