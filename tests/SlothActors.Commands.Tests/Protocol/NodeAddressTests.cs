using SlothActors.Commands.Protocol;

namespace SlothActors.Commands.Tests.Protocol;

public class NodeAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:4053", "akka.tcp://sloth@127.0.0.1:4053")]
    [InlineData("  node-1:4054 ", "akka.tcp://sloth@node-1:4054")]
    [InlineData("akka.tcp://sloth@127.0.0.1:4053", "akka.tcp://sloth@127.0.0.1:4053")]
    [InlineData("akka.tcp://sloth@10.0.0.7:65535", "akka.tcp://sloth@10.0.0.7:65535")]
    [InlineData("127.0.0.1:1", "akka.tcp://sloth@127.0.0.1:1")]
    public void A_host_and_port_or_a_full_node_address_is_the_node_at_that_address(string text, string expected)
    {
        NodeAddress.TryParse(text, out var address).ShouldBeTrue();
        address.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("akka.tcp://other@127.0.0.1:4053")]
    [InlineData("akka.tcp://sloth-cli@127.0.0.1:4053")]
    [InlineData("akka.udp://sloth@127.0.0.1:4053")]
    [InlineData("http://127.0.0.1:8002")]
    [InlineData("127.0.0.1")]
    [InlineData("akka.tcp://sloth@127.0.0.1")]
    [InlineData("127.0.0.1:")]
    [InlineData("127.0.0.1:0")]
    [InlineData("127.0.0.1:70000")]
    [InlineData("127.0.0.1:-1")]
    [InlineData(":4053")]
    [InlineData("not a node")]
    [InlineData("")]
    public void Anything_else_is_not_a_node_address(string text)
    {
        NodeAddress.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void The_default_is_the_customary_port_on_loopback()
    {
        NodeAddress.Default.ShouldBe("akka.tcp://sloth@127.0.0.1:4053");
        NodeAddress.TryParse(NodeAddress.Default, out var address).ShouldBeTrue();
        address.Port.ShouldBe(NodeAddress.DefaultPort);
    }
}
