using System.Text.Json;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Node.Tests.Cli.Fakes;

namespace SlothActors.Node.Tests.Cli;

public class CliVerbTests
{
    private static readonly DateTimeOffset Created = new(2025, 10, 6, 14, 23, 45, TimeSpan.Zero);

    private static readonly EventView Event = new(
        "a1b2c3d4-e5f6-7890", "task.failed", "completed", null, null, null, null,
        Created, Created, Created.AddSeconds(1), Data("{}"));

    private static readonly ExecutionList Executions = new(
    [
        new ExecutionView(1, Event.Id, null, "notify_slack", true, null, null, 234, Created.AddSeconds(1)),
        new ExecutionView(2, Event.Id, null, "rollback_deploy", false, null, "Failed to connect to deployment server: connection refused", 123, Created.AddSeconds(1)),
    ], 2, Event.Id);

    [Fact]
    public async Task Events_show_prints_the_header_the_executions_table_and_each_failed_hooks_error()
    {
        await using var node = FakeCommandHost.Start(command => command switch
        {
            GetEvent => Event,
            GetExecutions => Executions,
            _ => null,
        });
        var (code, output, error) = await Sloth.RunAsync("events", "show", "a1b2c3d4-e5f6-7890", "--node", node.Node);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldStartWith("""
            Event: a1b2c3d4-e5f6-7890
            Type: task.failed
            Status: completed
            Created: 2025-10-06 14:23:45
            Processed: 2025-10-06 14:23:46

            Hook Executions

            """.ReplaceLineEndings("\n"));
        var lines = output.Split('\n');
        lines.ShouldContain(l => l.Contains("Hook Name") && l.Contains("Status") && l.Contains("Duration") && l.Contains("Executed At"));
        lines.ShouldContain(l => l.Contains("notify_slack") && l.Contains("✅ Success") && l.Contains("234ms") && l.Contains("2025-10-06 14:23:46"));
        lines.ShouldContain(l => l.Contains("rollback_deploy") && l.Contains("❌ Failed") && l.Contains("123ms"));
        output.ShouldEndWith("""

            Hook: rollback_deploy
            Error:
            Failed to connect to deployment server: connection refused

            """.ReplaceLineEndings("\n"));
        node.Commands.ShouldBe([new GetEvent(Event.Id), new GetExecutions(Event.Id)]);
    }

    [Fact]
    public async Task Json_output_prints_the_typed_reply_as_one_line_of_command_json()
    {
        await using var node = FakeCommandHost.Start(_ => Event);
        var (code, output, _) = await Sloth.RunAsync("events", "get", "x", "--node", node.Node, "--output", "json");
        code.ShouldBe(0);
        output.ShouldBe(JsonSerializer.Serialize(Event, CommandJson.Default.EventView) + "\n");
        output.ShouldStartWith("""{"id":"a1b2c3d4-e5f6-7890","type":"task.failed","status":"completed","timestamp":"2025-10-06T14:23:45+00:00",""");
    }

    [Fact]
    public async Task Events_show_as_json_prints_the_event_and_its_executions_in_one_line()
    {
        await using var node = FakeCommandHost.Start(command => command is GetEvent ? Event : Executions);
        var (code, output, _) = await Sloth.RunAsync("events", "show", "x", "-o", "json", "--node", node.Node);
        code.ShouldBe(0);
        using var list = JsonDocument.Parse(JsonSerializer.Serialize(Executions, CommandJson.Default.ExecutionList));
        var executions = list.RootElement.GetProperty("executions").GetRawText();
        output.ShouldBe($"{{\"event\":{JsonSerializer.Serialize(Event, CommandJson.Default.EventView)},\"executions\":{executions}}}\n");
    }

    [Fact]
    public async Task A_refused_command_becomes_a_one_line_reason_and_exit_code_1()
    {
        await using var node = FakeCommandHost.Start(_ => new CommandRefused(404, "Not found", "no hook named ghost"));
        var (code, output, error) = await Sloth.RunAsync("hook", "get", "ghost", "--node", node.Node);
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe("Not found: no hook named ghost\n");
    }

    [Fact]
    public async Task A_reply_of_another_type_is_refused_naming_it_with_exit_code_1()
    {
        await using var node = FakeCommandHost.Start(_ => new CommandDone("ghost", "removed"));
        var (code, output, error) = await Sloth.RunAsync("hook", "get", "ghost", "--node", node.Node);
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldStartWith("the node answered CommandDone, not what this CLI expects");
    }

    [Fact]
    public async Task The_token_is_sent_with_the_command_and_no_token_is_sent_without_one()
    {
        await using var node = FakeCommandHost.Start(_ => new HookList([], 0));
        (await Sloth.RunAsync("hook", "list", "--stack", "prod uction", "--node", node.Node, "--token", "tok-1")).Code.ShouldBe(0);
        (await Sloth.RunAsync("hook", "list", "--node", node.Node)).Code.ShouldBe(0);
        node.Commands.ShouldBe([new ListHooks("prod uction") { Token = "tok-1" }, new ListHooks(null)]);
    }

    [Fact]
    public async Task Hook_add_sends_the_script_text_with_the_chosen_options()
    {
        var dir = Directory.CreateTempSubdirectory("sloth-cli-").FullName;
        var file = Path.Combine(dir, "notify.lua");
        await File.WriteAllTextAsync(file, "return function(event) return true end");
        await using var node = FakeCommandHost.Start(_ => Hook("notify", ["task.failed", "task.timeout"], "production", enabled: false));
        var (code, output, _) = await Sloth.RunAsync(
            "hook", "add", file, "--name", "notify", "--event", "task.failed", "--event", "task.timeout", "--stack", "production", "--disabled", "--node", node.Node);
        code.ShouldBe(0);
        output.ShouldBe("Hook notify registered (disabled; events: task.failed, task.timeout; stack: production)\n");
        var add = node.Commands.ShouldHaveSingleItem().ShouldBeOfType<AddHook>();
        add.Script.ShouldBe("return function(event) return true end");
        add.Name.ShouldBe("notify");
        add.EventTypes.ShouldBe(["task.failed", "task.timeout"]);
        add.Stack.ShouldBe("production");
        add.Enabled.ShouldBeFalse();
        add.FilePath.ShouldBe(file);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Hook_add_of_a_missing_file_is_bad_input()
    {
        var (code, _, error) = await Sloth.RunAsync("hook", "add", "/nonexistent/hook.lua", "--node", $"127.0.0.1:{Sloth.ClosedPort()}");
        code.ShouldBe(1);
        error.ShouldBe("no hook file at /nonexistent/hook.lua\n");
    }

    [Fact]
    public async Task Hook_test_of_a_name_sends_the_event_and_exits_1_when_the_hook_fails()
    {
        await using var node = FakeCommandHost.Start(_ => new HookTestResult(false, "checking", "boom", 5));
        var (code, output, _) = await Sloth.RunAsync("hook", "test", "notify", "--event", "task.failed", "--data", """{"k": 1}""", "--node", node.Node);
        code.ShouldBe(1);
        output.ShouldBe("❌ Failed (5ms)\nOutput:\nchecking\nError:\nboom\n");
        var test = node.Commands.ShouldHaveSingleItem().ShouldBeOfType<TestHook>();
        test.Name.ShouldBe("notify");
        test.Script.ShouldBeNull();
        test.Event.Type.ShouldBe("task.failed");
        test.Event.Data!.Value.GetProperty("k").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Events_list_sends_its_filters_and_prints_a_table()
    {
        await using var node = FakeCommandHost.Start(_ => new EventList([Event], 1));
        var (code, output, _) = await Sloth.RunAsync("events", "list", "--type", "task.failed", "--status", "failed", "--limit", "5", "--node", node.Node);
        code.ShouldBe(0);
        node.Commands.ShouldHaveSingleItem().ShouldBe(new ListEvents("task.failed", "failed", null, 5));
        output.Split('\n').ShouldContain(l => l.Contains("a1b2c3d4-e5f6-7890") && l.Contains("task.failed") && l.Contains("completed"));
    }

    [Fact]
    public async Task Cleanup_dispatch_delete_and_toggles_send_their_commands()
    {
        await using var node = FakeCommandHost.Start(command => command switch
        {
            CleanupEvents => new CleanupResult(42, "720h"),
            DispatchEvent => new Collected("e-1", "collected"),
            DeleteEvent => new CommandDone("e-1", "deleted"),
            SetHookEnabled => Hook("h", ["task.failed"], null, enabled: false),
            RemoveHook => new CommandDone("h", "removed"),
            _ => null,
        });
        (await Sloth.RunAsync("events", "cleanup", "--older-than", "720h", "--node", node.Node)).Out.ShouldBe("Deleted 42 events older than 720h.\n");
        (await Sloth.RunAsync("events", "dispatch", "task.failed", "--stack", "prod", "--node", node.Node)).Out.ShouldBe("Event e-1 dispatched (task.failed).\n");
        (await Sloth.RunAsync("events", "delete", "e-1", "--node", node.Node)).Out.ShouldBe("Event e-1 deleted.\n");
        (await Sloth.RunAsync("hook", "disable", "h", "--node", node.Node)).Out.ShouldBe("Hook h disabled.\n");
        (await Sloth.RunAsync("hook", "remove", "h", "--node", node.Node)).Out.ShouldBe("Hook h removed.\n");
        node.Commands.ShouldBe(
        [
            new CleanupEvents("720h"),
            new DispatchEvent(new EventDraft("task.failed", null, "prod")),
            new DeleteEvent("e-1"),
            new SetHookEnabled("h", false),
            new RemoveHook("h"),
        ]);
    }

    [Fact]
    public async Task Events_delete_in_json_prints_the_events_id_as_it_always_has()
    {
        await using var node = FakeCommandHost.Start(command => command is DeleteEvent ? new CommandDone("e-1", "deleted") : null);
        var (code, output, _) = await Sloth.RunAsync("events", "delete", "e-1", "--node", node.Node, "-o", "json");
        code.ShouldBe(0);
        output.ShouldBe("{\"id\":\"e-1\",\"status\":\"deleted\"}\n");
    }

    [Fact]
    public async Task Events_tail_prints_each_streamed_event_until_the_node_ends_the_stream()
    {
        await using var node = FakeCommandHost.Start(_ => new FakeStream(Streamed("e-1"), Streamed("e-2")));
        var (code, output, error) = await Sloth.RunAsync("events", "tail", "--type", "task.failed", "--node", node.Node);
        output.ShouldBe(
            "2025-10-06T14:23:45.000000Z  task.failed  e-1  stack=prod  {\"n\":1}\n" +
            "2025-10-06T14:23:45.000000Z  task.failed  e-2  stack=prod  {\"n\":1}\n");
        error.ShouldBe("the node ended the stream: it stopped, or cut this follower off as too slow\n");
        code.ShouldBe(3);
        node.Commands.ShouldHaveSingleItem().ShouldBe(new FollowEvents("task.failed", null));
    }

    [Fact]
    public async Task Events_tail_as_json_prints_each_event_as_one_line_of_command_json()
    {
        await using var node = FakeCommandHost.Start(_ => new FakeStream(Streamed("e-1"), Streamed("e-2")));
        var (_, output, _) = await Sloth.RunAsync("events", "tail", "-o", "json", "--stack", "prod", "--node", node.Node);
        output.ShouldBe(string.Concat(new[] { Streamed("e-1"), Streamed("e-2") }.Select(e => JsonSerializer.Serialize(e, CommandJson.Default.EventView) + "\n")));
        node.Commands.ShouldHaveSingleItem().ShouldBe(new FollowEvents(null, "prod"));
    }

    private static EventView Streamed(string id) =>
        Event with { Id = id, Stack = "prod", Status = null, CreatedAt = null, ProcessedAt = null, Data = Data("""{"n": 1}""") };

    private static HookView Hook(string name, IReadOnlyList<string> types, string? stack, bool enabled) =>
        new(null, name, null, types, stack, enabled, null, null, 0, null, null, null);

    private static JsonElement Data(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
