using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Remoting;
using SlothActors.Node.Tests.Hosting;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>The remoting settings as a node reads them, and the rules it checks them by.</summary>
public class RemotingSettingsTests
{
    private static NodeOptions Read(params (string Key, string Value)[] settings) => NodeOptionsReaderTests.Read(settings);

    [Fact]
    public void Defaults_are_loopback_on_4053_seeding_its_own_cluster_with_a_10s_stable_after()
    {
        var options = Read();
        (options.RemoteHost, options.RemotePort, options.AdvertiseHost, options.RemoteInsecure).ShouldBe(("127.0.0.1", 4053, (string?)null, false));
        options.Seeds.ShouldBeEmpty();
        options.Roles.ShouldBe(["worker"]);
        options.Cluster.StableAfter.ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Environment_reads_a_comma_list_of_seeds_and_appsettings_a_json_array()
    {
        var fromEnvironment = Read(("SEEDS", "akka.tcp://sloth@10.0.0.1:4053, 10.0.0.2:4054"), ("REMOTE_PORT", "0"), ("ADVERTISE_HOST", "node-1"));
        fromEnvironment.Seeds.ShouldBe(["akka.tcp://sloth@10.0.0.1:4053", "akka.tcp://sloth@10.0.0.2:4054"]);
        fromEnvironment.RemotePort.ShouldBe(0);
        fromEnvironment.AdvertiseHost.ShouldBe("node-1");

        var fromFile = Read(("Node:Seeds:0", "akka.tcp://sloth@node1:4053"), ("Node:Seeds:1", "node2:4054"), ("Cluster:StableAfter", "3s"));
        fromFile.Seeds.ShouldBe(["akka.tcp://sloth@node1:4053", "akka.tcp://sloth@node2:4054"]);
        fromFile.Cluster.StableAfter.ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData("akka.tcp://other@10.0.0.1:4053")]
    [InlineData("akka.udp://sloth@10.0.0.1:4053")]
    [InlineData("10.0.0.1")]
    [InlineData("10.0.0.1:0")]
    [InlineData("10.0.0.1:99999")]
    [InlineData("not a seed")]
    public void A_seed_that_is_not_a_node_address_is_refused_with_the_form_to_use(string seed)
    {
        var message = Should.Throw<NodeOptionsException>(() => SeedAddresses.ParseOne(seed)).Message;
        message.ShouldContain($"seed '{seed}' is not a node address");
        message.ShouldContain("akka.tcp://sloth@HOST:PORT");
    }

    [Fact]
    public void More_than_sixteen_seeds_are_refused() =>
        Should.Throw<NodeOptionsException>(() => SeedAddresses.Parse([string.Join(',', Enumerable.Range(1, 17).Select(i => $"10.0.0.{i}:4053"))]))
            .Message.ShouldContain("at most 16");

    [Theory]
    [InlineData("REMOTE_PORT", "65536", "RemotePort")]
    [InlineData("REMOTE_INSECURE", "perhaps", "RemoteInsecure")]
    [InlineData("Cluster:StableAfter", "soon", "Cluster:StableAfter")]
    public void A_bad_value_is_refused_naming_the_setting(string key, string value, string named) =>
        Should.Throw<NodeOptionsException>(() => Read((key, value))).Message.ShouldContain(named);

    [Fact]
    public void A_stable_after_under_a_second_is_refused_with_the_reason() =>
        Should.Throw<NodeOptionsException>(() => StorageRules.Check(Read(("Cluster:StableAfter", "00:00:00.5"))))
            .Message.ShouldContain("StableAfter must be at least 1s");

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Loopback_remoting_needs_no_override(string host) =>
        RemotingBindRule.Check(host, insecure: false, tls: false).ShouldBeNull();

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("node-1")]
    public void Remoting_beyond_loopback_is_refused_without_tls_or_the_override_and_says_why_and_how(string host)
    {
        var refusal = RemotingBindRule.Check(host, insecure: false, tls: false).ShouldNotBeNull();
        refusal.ShouldStartWith($"refusing to bind Akka remoting on {host} without TLS");
        refusal.ShouldContain("Pass --tls-cert with a certificate from the cluster's private CA (cluster-config/make-certs.sh makes them)");
        refusal.ShouldContain("--remote-insecure");
        RemotingBindRule.Check(host, insecure: true, tls: false).ShouldBeNull();
        RemotingBindRule.Check(host, insecure: false, tls: true).ShouldBeNull();
    }

    [Fact]
    public void A_node_on_sqlite_without_the_worker_role_is_refused_since_its_partitions_could_not_run()
    {
        Should.Throw<NodeOptionsException>(() => StorageRules.Check(new NodeOptions { Roles = ["api"] }))
            .Message.ShouldContain("Roles [api] lack 'worker'");
        Should.NotThrow(() => StorageRules.Check(new NodeOptions { Roles = ["api", "worker"] }));
    }

    [Fact]
    public void The_node_checks_the_remoting_rule_with_its_other_settings_before_it_opens_anything()
    {
        Should.Throw<NodeOptionsException>(() => StorageRules.Check(new NodeOptions { RemoteHost = "0.0.0.0" }))
            .Message.ShouldStartWith("refusing to bind Akka remoting on 0.0.0.0");
        Should.NotThrow(() => StorageRules.Check(new NodeOptions { RemoteHost = "0.0.0.0", RemoteInsecure = true }));
        Should.Throw<NodeOptionsException>(() => StorageRules.Check(new NodeOptions { RemoteHost = "not a host" }))
            .Message.ShouldContain("RemoteHost 'not a host' is not a host name or address");
    }
}
