using Microsoft.Extensions.Configuration;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Tests.Cluster;

public sealed class ClusterSettingsTests
{
    private static NodeOptions Postgres(string? connectionString) => new() { Storage = StorageKinds.Postgres, Postgres = connectionString, NodeName = "node-1" };

    [Fact]
    public void Postgres_storage_without_a_connection_string_is_refused_with_the_flag_to_use()
    {
        Should.Throw<NodeOptionsException>(() => StorageRules.Check(Postgres(null))).Message.ShouldContain("--pg");
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_repeating_its_password()
    {
        var error = Should.Throw<NodeOptionsException>(() => StorageRules.Check(Postgres("Host=db;Password=hunter2;Bogus Key=1")));

        error.Message.ShouldContain("not valid");
        error.Message.ShouldNotContain("hunter2");
    }

    [Fact]
    public void The_connection_string_never_appears_when_the_options_are_printed()
    {
        Postgres("Host=db;Password=hunter2").ToString().ShouldNotContain("hunter2");
    }

    [Theory]
    [InlineData("Node-1")]
    [InlineData("-node")]
    [InlineData("node 1")]
    [InlineData("")]
    public void A_node_name_outside_the_grammar_is_refused(string name)
    {
        Should.Throw<NodeOptionsException>(() => MemberNames.ParseName(name)).Message.ShouldContain("NodeName");
    }

    [Fact]
    public void The_default_node_name_is_the_machine_name_made_to_fit_the_grammar()
    {
        MemberNames.FromMachineName("Build_Box 01.Local").ShouldBe("build_box-01.local");
        MemberNames.FromMachineName("--").ShouldBe("node");
    }

    [Theory]
    [InlineData("HeartbeatInterval", "00:00:01")]
    [InlineData("UnreachableAfter", "00:00:05")]
    [InlineData("AutoDownAfter", "off")]
    [InlineData("LeaderLeaseTtl", "00:00:03")]
    public void A_setting_of_the_retired_postgres_membership_is_refused_by_name(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"Cluster:{key}"] = value,
        }).Build();

        var refusal = Should.Throw<NodeOptionsException>(() => NodeOptionsReader.Read(configuration));

        refusal.Message.ShouldContain($"Cluster:{key}");
        refusal.Message.ShouldContain("StableAfter");
    }

    [Fact]
    public void Settings_are_read_from_the_node_and_cluster_sections_and_the_environment_names()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["STORAGE"] = "postgres",
            ["POSTGRES"] = "Host=db;Database=sloth",
            ["Node:NodeName"] = "node-7",
            ["Node:Roles:0"] = "worker",
            ["Node:Roles:1"] = "api",
            ["ADVERTISE_ADDRESS"] = "http://10.0.0.7:8002",
            ["Cluster:StableAfter"] = "5s",
            ["Cluster:Retention"] = "3.00:00:00",
        }).Build();

        var options = NodeOptionsReader.Read(configuration);

        options.Storage.ShouldBe(StorageKinds.Postgres);
        options.Postgres.ShouldBe("Host=db;Database=sloth");
        options.NodeName.ShouldBe("node-7");
        options.Roles.ShouldBe(["worker", "api"]);
        options.AdvertiseAddress.ShouldBe("http://10.0.0.7:8002");
        options.Cluster.StableAfter.ShouldBe(TimeSpan.FromSeconds(5));
        options.Cluster.Retention.ShouldBe(TimeSpan.FromDays(3));
        options.Cluster.RetentionInterval.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Unknown_storage_and_bad_durations_name_the_setting()
    {
        Should.Throw<NodeOptionsException>(() => StorageKinds.Parse("mysql")).Message.ShouldContain("sqlite");
        Should.Throw<NodeOptionsException>(() => ClusterOptionsReader.ParseDuration("soon", "Cluster:StableAfter"))
            .Message.ShouldContain("Cluster:StableAfter");
    }

    [Fact]
    public void A_missing_config_file_is_refused_by_name()
    {
        Should.Throw<NodeOptionsException>(() => NodeOptionsReader.LoadConfiguration(Path.GetTempPath(), "no-such-node.json"))
            .Message.ShouldContain("no-such-node.json");
    }

    [Fact]
    public void The_advertised_address_defaults_to_loopback_for_a_wildcard_bind()
    {
        NodeAddress.Resolve(null, "0.0.0.0", 8101).ShouldBe("http://127.0.0.1:8101");
        NodeAddress.Resolve(null, "10.1.2.3", 8101).ShouldBe("http://10.1.2.3:8101");
        NodeAddress.Resolve("http://node-1:8002/", "0.0.0.0", 8101).ShouldBe("http://node-1:8002");
    }
}
