using Akka.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Tests.Cluster;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Remoting;

/// <summary>Nodes with mutual TLS form one Akka cluster over akka.ssl.tcp.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TlsClusterTests(PostgresServerFixture server) : IDisposable
{
    private readonly NodeTlsFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Two_nodes_with_certificates_of_one_ca_join_over_tls_with_the_seed_given_as_host_and_port()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var first = await ClusterTestNode.StartAsync(db, "node-a", options: Tls);
        var firstAddress = AkkaOf.Cluster(first.App).SelfAddress;
        firstAddress.Protocol.ShouldBe("akka.ssl.tcp");

        // HOST:PORT reads as akka.tcp://; the node reaches it over its own transport, TLS.
        await using var second = await ClusterTestNode.StartAsync(db, "node-b", seedAddress: $"{firstAddress.Host}:{firstAddress.Port}", options: Tls);

        await Poll.UntilAsync(
            () => AkkaOf.UpCount(first.App) == 2 && AkkaOf.UpCount(second.App) == 2, "both nodes up in one cluster over TLS", within: ClusterTestNode.Deadline * 2);
        AkkaOf.Cluster(second.App).State.Members.Select(member => member.Address.Protocol).ShouldAllBe(protocol => protocol == "akka.ssl.tcp");
        AkkaOf.Cluster(second.App).State.Members.ShouldAllBe(member => member.Status == MemberStatus.Up);
    }

    private NodeOptions Tls(NodeOptions options) => options with { TlsCert = _files.NodeCert, TlsPassword = NodeTlsFiles.Password };
}
