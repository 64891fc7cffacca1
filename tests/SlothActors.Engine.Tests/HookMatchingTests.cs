using SlothActors.Engine.Tests.Support;
using SlothActors.Events;

namespace SlothActors.Engine.Tests;

/// <summary>Pattern matching and stack isolation, end to end: the executions recorded per event.</summary>
public sealed class HookMatchingTests : EngineTestKit
{
    private static readonly (string Type, string? Stack, string[] Expected)[] Table =
    [
        ("task.failed", null, ["any-stack-all", "exact-task-failed", "prefix-task", "two-patterns"]),
        ("task.completed", null, ["any-stack-all", "prefix-task"]),
        ("task.failed", "prod", ["any-stack-all", "exact-task-failed", "prefix-task", "prod-prefix-task", "two-patterns"]),
        ("task.completed", "dev", ["any-stack-all", "dev-all", "prefix-task"]),
        ("deploy.started", "prod", ["any-stack-all", "two-patterns"]),
        ("deploy.finished", "staging", ["any-stack-all"]),
        ("task", null, ["any-stack-all"]),
        ("taskforce.created", "prod", ["any-stack-all"]),
        ("custom_thing", "dev", ["any-stack-all", "dev-all"]),
    ];

    [Fact]
    public async Task Each_event_runs_exactly_the_enabled_hooks_its_type_and_stack_match()
    {
        var hooks = new[]
        {
            TestEvents.Hook("any-stack-all", ["*"]),
            TestEvents.Hook("prefix-task", ["task.*"]),
            TestEvents.Hook("exact-task-failed", ["task.failed"]),
            TestEvents.Hook("prod-prefix-task", ["task.*"], stack: "prod"),
            TestEvents.Hook("dev-all", ["*"], stack: "dev"),
            TestEvents.Hook("two-patterns", ["deploy.started", "task.failed"]),
            TestEvents.Hook("disabled-all", ["*"], enabled: false),
        };
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, hooks);
        var events = Table.Select(row => TestEvents.Of(row.Type, row.Stack)).ToList();

        await harness.AcceptAsync(events);
        await harness.WaitUntilFinishedAsync(events.Count);

        for (var i = 0; i < Table.Length; i++)
        {
            var (type, stack, expected) = Table[i];
            var executions = await harness.Journal.ExecutionsOfAsync(events[i].Id, CancellationToken.None);
            string.Join(",", executions.Select(x => x.HookName).Order(StringComparer.Ordinal)).ShouldBe(
                string.Join(",", expected), $"event {type} in stack {stack ?? "(none)"}");
            (await harness.EventAsync(events[i].Id)).Status.ShouldBe(EventStatus.Completed);
        }

        runner.Runs.Count.ShouldBe(Table.Sum(row => row.Expected.Length));
    }

    [Fact]
    public async Task An_event_no_hook_matches_completes_without_executions()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, [TestEvents.Hook("only-deploys", ["deploy.*"])]);
        var evt = TestEvents.Of("task.completed");

        await harness.AcceptAsync([evt]);
        await harness.WaitUntilFinishedAsync(1);

        (await harness.EventAsync(evt.Id)).Status.ShouldBe(EventStatus.Completed);
        (await harness.Journal.ExecutionsOfAsync(evt.Id, CancellationToken.None)).ShouldBeEmpty();
        runner.Runs.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_hook_added_after_start_runs_once_the_registry_is_refreshed()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, []);
        await harness.Journal.AddHookAsync(TestEvents.Hook("late", ["task.*"]), CancellationToken.None);

        await harness.Host.Hooks.RefreshAsync(CancellationToken.None);
        var evt = TestEvents.Of("task.completed");
        await harness.AcceptAsync([evt]);
        await harness.WaitUntilFinishedAsync(1);

        runner.RunsOf(evt.Id).ShouldBe(1);
        (await harness.Journal.GetHookAsync("late", CancellationToken.None))!.RunCount.ShouldBe(1);
    }
}
