using Microsoft.Extensions.Logging;
using SlothActors.Node.Agents;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Tests.Agents;

/// <summary>What <c>sloth agent run</c> refuses before it starts anything.</summary>
public sealed class AgentSetupTests
{
    [Fact]
    public void An_agent_without_a_seed_is_refused_it_never_seeds_a_cluster() =>
        Should.Throw<NodeOptionsException>(() => AgentHost.Build(new AgentOptions { Name = "a1" }, LogLevel.Warning))
            .Message.ShouldContain("--seed is required");

    [Fact]
    public void Remoting_off_loopback_without_tls_is_refused() =>
        Should.Throw<NodeOptionsException>(() => AgentHost.Build(
                new AgentOptions { Name = "a1", Seeds = ["akka.tcp://sloth@127.0.0.1:4053"], RemoteHost = "0.0.0.0" }, LogLevel.Warning))
            .Message.ShouldContain("refusing to bind Akka remoting on 0.0.0.0 without TLS");
}
