using SlothActors.Integration.Tests.Processes;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary>
/// A real node process (SQLite, a cluster of one) and a real <c>sloth agent run</c> process
/// joining it: the node lists the agent through its remoting address, and a SIGTERM makes the
/// agent leave gracefully (exit 0), which the node records as <c>agent.disconnected</c>.
/// </summary>
public sealed class AgentProcessTests : IAsyncLifetime
{
    private NodeProcess _node = null!;

    public async Task InitializeAsync() => _node = await NodeProcess.StartAsync();

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_node.DataDir, recursive: true);
    }

    [Fact]
    public async Task An_agent_process_is_listed_with_its_tags_and_a_sigterm_disconnects_it()
    {
        var env = new Dictionary<string, string?> { ["SLOTH_NODE"] = _node.RemoteAddress };
        await using var agent = await AgentProcess.StartAsync("--name", "a1", "--tags", "linux,web", "--seed", _node.RemoteAddress);

        var list = await Poll.ValueAsync(
            () => SlothCommand.RunAsync(env, "-o", "json", "agent", "list"),
            result => result.Out.Contains("\"status\":\"up\"", StringComparison.Ordinal),
            "a1 listed up",
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(500));
        list.Out.ShouldContain("\"name\":\"a1\"");
        list.Out.ShouldContain("\"tags\":[\"linux\",\"web\"]");
        list.Out.ShouldContain("\"count\":1");

        (await agent.StopAsync()).ShouldBe(0, agent.Log);

        await Poll.UntilAsync(
            async () => (await SlothCommand.RunAsync(env, "events", "list", "--type", "agent.disconnected")).Out.Contains($"agent.disconnected:{agent.Address}#", StringComparison.Ordinal),
            "agent.disconnected for a1 in the node's journal",
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(500),
            () => Task.FromResult(_node.Log));
        (await SlothCommand.RunAsync(env, "-o", "json", "agent", "list")).Out.ShouldBe("{\"agents\":[],\"count\":0}\n");
    }
}
