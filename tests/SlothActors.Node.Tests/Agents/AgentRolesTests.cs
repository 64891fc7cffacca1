using Akka.Actor;
using Akka.Cluster;
using SlothActors.Node.Agents;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Tests.Agents;

/// <summary>An agent's identity as roles, its flags' grammar, and the ids of its membership events.</summary>
public sealed class AgentRolesTests
{
    [Fact]
    public void Name_and_tags_come_back_from_the_roles_they_were_written_to()
    {
        var roles = AgentRoles.Of("web-01", ["web", "linux"]);

        roles.ShouldBe(["agent", "agent:web-01", "tag:web", "tag:linux"]);
        AgentRoles.IsAgent(roles).ShouldBeTrue();
        AgentRoles.NameOf(roles).ShouldBe("web-01");
        AgentRoles.TagsOf(roles).ShouldBe(["linux", "web"]);
        AgentRoles.IsAgent(["worker"]).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Web")]
    [InlineData("-web")]
    [InlineData("a:b")]
    [InlineData("")]
    public void A_name_outside_the_grammar_is_refused_naming_it(string name) =>
        Should.Throw<NodeOptionsException>(() => AgentRoles.ParseName(name)).Message.ShouldContain($"'{name}'");

    [Fact]
    public void Tags_are_a_comma_list_of_at_most_sixteen_in_the_grammar()
    {
        AgentRoles.ParseTags(["linux,web", "web"]).ShouldBe(["linux", "web"]);
        Should.Throw<NodeOptionsException>(() => AgentRoles.ParseTags(["ok,Bad"])).Message.ShouldContain("'Bad'");
        Should.Throw<NodeOptionsException>(() => AgentRoles.ParseTags([string.Join(',', Enumerable.Range(0, 17).Select(i => $"t{i}"))]))
            .Message.ShouldContain("at most 16");
    }

    [Fact]
    public void An_event_id_is_the_change_and_the_agents_unique_address_within_the_id_limit()
    {
        var longest = new UniqueAddress(new Address("akka.ssl.tcp", "sloth", new string('h', 253), 65535), int.MinValue);

        var id = AgentChangeEvents.IdOf(AgentChangeEvents.HeartbeatFailed, longest);

        AgentChangeEvents.IdOf(AgentChangeEvents.Registered, new UniqueAddress(new Address("akka.tcp", "sloth", "127.0.0.1", 4060), 123456))
            .ShouldBe("agent.registered:akka.tcp://sloth@127.0.0.1:4060#123456");
        id.Length.ShouldBeLessThanOrEqualTo(new SlothActors.Node.Protocol.ProtocolLimits().MaxIdentifierLength);
        id.ShouldStartWith("agent.heartbeat_failed:");
        AgentChangeEvents.IdOf(AgentChangeEvents.HeartbeatFailed, longest).ShouldBe(id);
        AgentChangeEvents.IdOf(AgentChangeEvents.HeartbeatFailed, new UniqueAddress(longest.Address, 1)).ShouldNotBe(id);
    }
}
