using System.Text.Json;
using SlothActors.Cli.Client;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Node.Tests.Api;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Commands;

/// <summary>The real command host at <c>/user/sloth-cmd</c>, driven by the CLI's <see cref="NodeClient"/> over remoting.</summary>
public sealed class CommandHostTests(CommandHostNode node) : IClassFixture<CommandHostNode>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_command_without_the_token_is_refused_as_unauthorized_saying_how_to_pass_one()
    {
        await using var anonymous = new NodeClient(node.Address, token: null);
        var refused = await Should.ThrowAsync<NodeReplyException>(() => anonymous.ListHooksAsync(null));
        refused.Status.ShouldBe(CommandRefused.Unauthorized);
        refused.Message.ShouldBe("Unauthorized: this node requires a token: pass --token or set SLOTH_TOKEN");
    }

    [Fact]
    public async Task A_command_with_a_wrong_token_is_refused_as_unauthorized()
    {
        await using var stranger = new NodeClient(node.Address, CommandHostNode.Token + "x");
        var refused = await Should.ThrowAsync<NodeReplyException>(() => stranger.ListAgentsAsync());
        refused.Status.ShouldBe(CommandRefused.Unauthorized);
        refused.Message.ShouldBe("Unauthorized: the token is not this node's token");
    }

    [Fact]
    public async Task A_follow_without_the_token_is_refused_before_anything_streams()
    {
        await using var anonymous = new NodeClient(node.Address, token: null);
        using var timeout = new CancellationTokenSource(Deadline);
        var refused = await Should.ThrowAsync<NodeReplyException>(async () =>
        {
            await foreach (var _ in anonymous.TailAsync(null, null, timeout.Token))
            {
            }
        });
        refused.Status.ShouldBe(CommandRefused.Unauthorized);
        node.Streams.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_hook_is_added_listed_read_with_its_script_tested_by_name_and_removed()
    {
        const string Name = "cmdhost_roundtrip";
        var script = EngineNode.Hook(Name, "cmdhost.hooked");
        var client = node.Client;

        var added = (await client.AddHookAsync(new AddHook(script, null, null, null, true, null))).Value;
        added.Name.ShouldBe(Name);
        added.EventTypes.ShouldBe(["cmdhost.hooked"]);
        added.Enabled.ShouldBeTrue();
        added.Script.ShouldBeNull("only hook get carries the script");

        (await client.ListHooksAsync(null)).Value.Hooks.ShouldContain(hook => hook.Name == Name);
        (await client.GetHookAsync(Name)).Value.Script.ShouldBe(script);

        var test = (await client.TestHookAsync(new TestHook(null, Name, new EventDraft("cmdhost.hooked", null, null)))).Value;
        test.Success.ShouldBeTrue(test.Error);
        test.HookName.ShouldBe(Name);
        test.Output.ShouldNotBeNull().ShouldContain("ran cmdhost.hooked");

        (await client.RemoveHookAsync(Name)).Value.ShouldBe(new CommandDone(Name, "removed"));
        (await client.ListHooksAsync(null)).Value.Hooks.ShouldNotContain(hook => hook.Name == Name);
        (await Should.ThrowAsync<NodeReplyException>(() => client.GetHookAsync(Name))).Status.ShouldBe(404);
    }

    [Fact]
    public async Task A_dispatched_event_is_found_by_id_at_once_and_its_hook_execution_is_listed()
    {
        const string Name = "cmdhost_dispatched";
        var client = node.Client;
        await client.AddHookAsync(new AddHook(EngineNode.Hook(Name, "cmdhost.dispatched"), null, null, null, true, null));

        var collected = (await client.DispatchAsync(new EventDraft("cmdhost.dispatched", Data("""{"n": 1}"""), "prod"))).Value;
        collected.Status.ShouldBe("collected");

        // Answered once durable: readable with no wait.
        var evt = (await client.GetEventAsync(collected.EventId)).Value;
        evt.Type.ShouldBe("cmdhost.dispatched");
        evt.Stack.ShouldBe("prod");
        evt.Data.GetProperty("n").GetInt32().ShouldBe(1);

        var executions = await Poll.ValueAsync(
            async () => (await client.GetExecutionsAsync(collected.EventId)).Value, list => list.Count > 0, "the hook running on the dispatched event", Deadline, TimeSpan.FromMilliseconds(100));
        executions.EventId.ShouldBe(collected.EventId);
        var run = executions.Executions.ShouldHaveSingleItem();
        run.HookName.ShouldBe(Name);
        run.Success.ShouldBeTrue(run.Error);
    }

    [Fact]
    public async Task A_secret_is_listed_by_name_never_by_value_and_a_second_remove_is_not_found()
    {
        const string Name = "CMDHOST_KEY";
        const string Value = "s3cret-value-never-shown";
        var client = node.Client;

        (await client.SetSecretAsync(Name, Value, "cmdhost")).Value.ShouldBe(new CommandDone(Name, "stored"));
        var list = await client.ListSecretsAsync("cmdhost");
        list.Value.Names.ShouldBe([Name]);
        list.Json.ShouldNotContain(Value);

        (await client.RemoveSecretAsync(Name, "cmdhost")).Value.ShouldBe(new CommandDone(Name, "removed"));
        var again = await Should.ThrowAsync<NodeReplyException>(() => client.RemoveSecretAsync(Name, "cmdhost"));
        again.Status.ShouldBe(404);
        again.Message.ShouldContain($"no secret named '{Name}'");
    }

    [Fact]
    public async Task A_cluster_without_agents_lists_none()
    {
        var agents = (await node.Client.ListAgentsAsync()).Value;
        agents.Agents.ShouldBeEmpty();
        agents.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Events_tail_gets_the_events_its_filter_passes_and_ending_it_releases_the_nodes_subscription()
    {
        var client = node.Client;
        using var timeout = new CancellationTokenSource(Deadline);
        var tail = client.TailAsync("cmdhost.tailed", null, timeout.Token).GetAsyncEnumerator(timeout.Token);
        try
        {
            var next = tail.MoveNextAsync().AsTask();
            await Poll.UntilAsync(() => node.Streams.Count == 1, "the node subscribing the follower", Deadline);

            await client.DispatchAsync(new EventDraft("cmdhost.untailed", null, null));
            var wanted = (await client.DispatchAsync(new EventDraft("cmdhost.tailed", null, null))).Value.EventId;

            (await next.WaitAsync(Deadline)).ShouldBeTrue();
            tail.Current.Value.Id.ShouldBe(wanted, "the filter's first match, not the event before it");
            tail.Current.Value.Type.ShouldBe("cmdhost.tailed");
        }
        finally
        {
            await tail.DisposeAsync();
        }

        await Poll.UntilAsync(() => node.Streams.Count == 0, "the node dropping the ended follower's subscription", Deadline);
    }

    private static JsonElement Data(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
