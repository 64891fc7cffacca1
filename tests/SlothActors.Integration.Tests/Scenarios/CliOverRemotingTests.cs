using System.Text.RegularExpressions;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary>
/// The CLI needs nothing but the node's remoting address: a node whose HTTP port the CLI is never
/// told (it listens on a port the OS picked; no SLOTH_NODE, no URL anywhere) answers the README
/// tour's verbs through `sloth --node 127.0.0.1:PORT` alone, with its token in every command.
/// </summary>
public partial class CliOverRemotingTests : IAsyncLifetime
{
    private const string Token = "remoting-t0ken";
    private NodeProcess _node = null!;
    private string _hookFile = null!;

    public async Task InitializeAsync()
    {
        _node = await NodeProcess.StartAsync(null, new Dictionary<string, string?> { ["SLOTH_TOKEN"] = Token });
        _hookFile = Path.Combine(_node.DataDir, "remote_tour.lua");
        await File.WriteAllTextAsync(_hookFile, """
            local hook = { name = "remote_tour", event_type = "remote.tour" }
            function hook.execute(event)
              return true, "ran on " .. event.data.task
            end
            return hook
            """);
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_node.DataDir, recursive: true);
    }

    [Fact]
    public async Task The_tour_runs_through_the_remoting_address_alone()
    {
        var port = RemotePort().Match(_node.RemoteAddress).Groups[1].Value;
        var node = $"127.0.0.1:{port}";

        var add = await SlothAsync("--node", node, "--token", Token, "hook", "add", _hookFile);
        add.Out.ShouldStartWith("Hook remote_tour registered (enabled; events: remote.tour");
        (await SlothAsync("--node", node, "--token", Token, "hook", "list")).Out.ShouldContain("remote_tour");
        (await SlothAsync("--node", node, "--token", Token, "events", "dispatch", "remote.tour", "--id", "remote-1", "--data", """{"task": "deploy"}"""))
            .Out.ShouldBe("Event remote-1 dispatched (remote.tour).\n");
        (await SlothAsync("--node", node, "--token", Token, "events", "list", "--type", "remote.tour")).Out.ShouldContain("remote-1");

        // The hook runs after the acknowledgement: poll `events show` until the execution is there.
        CommandResult show = null!;
        await SlothActors.TestKit.Poll.UntilAsync(
            async () => (show = await SlothAsync("--node", node, "--token", Token, "events", "show", "remote-1")).Out.Contains("✅ Success", StringComparison.Ordinal),
            "remote-1 completed with its hook's execution",
            TimeSpan.FromSeconds(60),
            diagnostics: () => Task.FromResult(show?.ToString() + "\n--- node log\n" + _node.Log));
        show.Out.ShouldStartWith("Event: remote-1\nType: remote.tour\nStatus: completed\n");
        show.Out.ShouldContain("remote_tour");

        (await SlothAsync("--node", node, "--token", Token, "cluster", "show")).Out
            .ShouldBe($"akka.tcp://sloth@127.0.0.1:{port} | [worker] | up | reachable\nCount: 1 nodes\n");
    }

    [Fact]
    public async Task Secrets_are_stored_listed_by_name_and_removed_and_agents_listed()
    {
        var env = Env();
        var set = await SlothCommand.RunProcessAsync(
            "bash", ["-c", $"printf %s 'swordfish' | dotnet '{Repo.SlothDll}' secret set deploy_key --stack ops"], env, Repo.Root);
        set.ExitCode.ShouldBe(0, set.ToString());
        set.Out.ShouldBe("Secret deploy_key stored for stack 'ops'.\n");

        var list = await SlothAsync("secret", "list", "--stack", "ops");
        list.Out.ShouldBe("deploy_key\nCount: 1 secrets in stack 'ops'\n");
        list.Out.ShouldNotContain("swordfish");
        (await SlothAsync("secret", "remove", "deploy_key", "--stack", "ops")).Out.ShouldBe("Secret deploy_key removed.\n");
        var again = await SlothCommand.RunAsync(env, "secret", "remove", "deploy_key", "--stack", "ops");
        again.ExitCode.ShouldBe(1, again.ToString());
        again.Error.ShouldStartWith("Not found: no secret named 'deploy_key' in stack 'ops'");

        (await SlothAsync("-o", "json", "agent", "list")).Out.ShouldBe("{\"agents\":[],\"count\":0}\n");
        _node.Log.ShouldNotContain("swordfish");
    }

    [Fact]
    public async Task A_command_without_the_token_or_with_a_wrong_one_is_refused_by_name()
    {
        var none = await SlothCommand.RunAsync(new Dictionary<string, string?> { ["SLOTH_NODE"] = _node.RemoteAddress }, "hook", "list");
        none.ExitCode.ShouldBe(1, none.ToString());
        none.Error.ShouldBe("Unauthorized: this node requires a token: pass --token or set SLOTH_TOKEN\n");
        var wrong = await SlothCommand.RunAsync(new Dictionary<string, string?> { ["SLOTH_NODE"] = _node.RemoteAddress, ["SLOTH_TOKEN"] = "nope" }, "events", "list");
        wrong.ExitCode.ShouldBe(1, wrong.ToString());
        wrong.Error.ShouldBe("Unauthorized: the token is not this node's token\n");
        _node.Log.ShouldNotContain("nope");
    }

    [Fact]
    public async Task Debug_logging_goes_to_stderr_and_leaves_json_output_parseable()
    {
        var result = await SlothAsync("--log-level", "debug", "-o", "json", "hook", "list");
        using var reply = System.Text.Json.JsonDocument.Parse(result.Out);
        reply.RootElement.GetProperty("hooks").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Array);
        result.Error.ShouldContain("ListHooks -> HookList");
    }

    private Dictionary<string, string?> Env() => new() { ["SLOTH_NODE"] = _node.RemoteAddress, ["SLOTH_TOKEN"] = Token };

    private async Task<CommandResult> SlothAsync(params string[] args)
    {
        // No SLOTH_NODE unless the test sets --node itself: either way the CLI learns no HTTP address.
        var env = args.Contains("--node") ? new Dictionary<string, string?>() : Env();
        var result = await SlothCommand.RunAsync(env, args);
        result.ExitCode.ShouldBe(0, $"{string.Join(' ', args)}\n{result}\n--- node log\n{_node.Log}");
        return result;
    }

    [GeneratedRegex(@":(\d+)$")]
    private static partial Regex RemotePort();
}
