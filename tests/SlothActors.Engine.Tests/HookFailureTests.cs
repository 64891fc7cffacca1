using SlothActors.Engine.Tests.Support;
using SlothActors.Events;

namespace SlothActors.Engine.Tests;

public sealed class HookFailureTests : EngineTestKit
{
    [Fact]
    public async Task A_runner_that_throws_gives_a_failed_execution_and_the_worker_goes_on()
    {
        var hooks = new[] { TestEvents.Hook(ScriptedRunner.Throws, ["deploy.*"]), TestEvents.Hook("fine", ["deploy.*", "task.*"]) };
        await using var harness = await EngineHarness.StartAsync(Sys, new ScriptedRunner(), hooks, EngineHarness.TestOptions().WithWorkers(1));
        var broken = TestEvents.Of("deploy.started");
        var next = TestEvents.Of("task.completed");

        await harness.AcceptAsync([broken, next]);
        await harness.WaitUntilFinishedAsync(2);

        var failed = await harness.EventAsync(broken.Id);
        failed.Status.ShouldBe(EventStatus.Failed);
        failed.Error.ShouldBe("throws: hook runner failed: InvalidOperationException: the runner broke");
        var executions = await harness.Journal.ExecutionsOfAsync(broken.Id, CancellationToken.None);
        executions.Select(x => (x.HookName, x.Success)).OrderBy(x => x.HookName).ShouldBe([("fine", true), ("throws", false)]);
        (await harness.EventAsync(next.Id)).Status.ShouldBe(EventStatus.Completed);
    }

    [Fact]
    public async Task A_runner_that_honours_its_timeout_gives_a_timed_out_execution()
    {
        var hooks = new[] { TestEvents.Hook(ScriptedRunner.WaitsForCancellation, ["task.*"], timeout: TimeSpan.FromMilliseconds(100)) };
        await using var harness = await EngineHarness.StartAsync(Sys, new ScriptedRunner(), hooks, EngineHarness.TestOptions().WithWorkers(1));
        var slow = TestEvents.Of("task.started");

        await harness.AcceptAsync([slow]);
        await harness.WaitUntilFinishedAsync(1);

        var stored = await harness.EventAsync(slow.Id);
        stored.Status.ShouldBe(EventStatus.Failed);
        stored.Error.ShouldBe("waits: hook waits timed out after 100ms");
    }

    [Fact]
    public async Task A_runner_that_hangs_past_its_timeout_is_given_up_on_and_the_worker_goes_on()
    {
        var runner = new ScriptedRunner();
        var hooks = new[]
        {
            TestEvents.Hook(ScriptedRunner.HangsIgnoringCancellation, ["task.stuck"], timeout: TimeSpan.FromMilliseconds(100)),
            TestEvents.Hook("fine", ["task.completed"]),
        };
        var options = EngineHarness.TestOptions().WithWorkers(1).WithTimeoutMargin(TimeSpan.FromMilliseconds(100));
        await using var harness = await EngineHarness.StartAsync(Sys, runner, hooks, options);
        try
        {
            var stuck = TestEvents.Of("task.stuck");
            var next = TestEvents.Of("task.completed");

            await harness.AcceptAsync([stuck, next]);
            await harness.WaitUntilFinishedAsync(2);

            var stored = await harness.EventAsync(stuck.Id);
            stored.Status.ShouldBe(EventStatus.Failed);
            stored.Error.ShouldBe("hangs: hook hangs timed out after 100ms");
            (await harness.Journal.ExecutionsOfAsync(stuck.Id, CancellationToken.None)).ShouldHaveSingleItem().Success.ShouldBeFalse();
            (await harness.EventAsync(next.Id)).Status.ShouldBe(EventStatus.Completed);
            (await harness.Host.GetStatusAsync(CancellationToken.None)).HungExecutions.ShouldBe(1);
        }
        finally
        {
            runner.ReleaseHung();
        }
    }
}
