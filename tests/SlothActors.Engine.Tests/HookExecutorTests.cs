using SlothActors.Actors;
using SlothActors.Engine.Processing;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;

namespace SlothActors.Engine.Tests;

public sealed class HookExecutorTests
{
    // The pool's only routee gets the first generated child name of the router.
    private const string Worker = "sloth://engine/user/dispatcher/workers/$1";

    [Fact]
    public async Task A_worker_runs_each_matching_hook_in_its_own_executor_child_that_stops_after_reporting()
    {
        var runner = new GatedRunner();
        string[] names = ["alpha", "beta", "gamma"];
        var hooks = names.Select(name => TestEvents.Hook(name, ["task.*"])).Append(TestEvents.Hook("other", ["deploy.*"]));
        await using var harness = await EngineHarness.StartAsync(runner, hooks, EngineHarness.TestOptions().WithWorkers(1));
        var actors = harness.Host.Actors.ShouldNotBeNull();

        // The dispatcher spawns its children in its own PreStart; the fallback comes last.
        await Poll.UntilAsync(() => actors.Lookup("sloth://engine/user/dispatcher/fallback") is not null, "the engine's actors started");
        var idle = actors.LiveActorCount;
        var evt = TestEvents.Of("task.completed");

        await harness.AcceptAsync([evt]);
        await Poll.UntilAsync(() => runner.Running == 3, "three runs in flight");

        foreach (var name in names)
        {
            actors.Lookup($"{Worker}/hook-{name}").ShouldNotBeNull($"executor of {name}");
        }

        actors.Lookup($"{Worker}/hook-other").ShouldBeNull();
        actors.LiveActorCount.ShouldBe(idle + 3);

        runner.Open();
        await harness.WaitUntilFinishedAsync(1);
        (await harness.EventAsync(evt.Id)).Status.ShouldBe(EventStatus.Completed);
        await Poll.UntilAsync(() => actors.LiveActorCount == idle, "every executor stopped");
    }

    [Fact]
    public async Task An_executor_that_throws_gives_a_failed_execution_and_the_worker_goes_on()
    {
        var runner = new GatedRunner();
        var hook = TestEvents.Hook("alpha", ["task.*"]);
        await using var harness = await EngineHarness.StartAsync(runner, [hook], EngineHarness.TestOptions().WithWorkers(1));
        var actors = harness.Host.Actors.ShouldNotBeNull();
        var broken = TestEvents.Of("task.started");
        var next = TestEvents.Of("task.completed");

        await harness.AcceptAsync([broken, next]);
        await Poll.UntilAsync(() => runner.Started == 1, "the first run started");
        var executor = actors.Lookup($"{Worker}/hook-alpha").ShouldNotBeNull();

        // A second request breaks the executor's one-run protocol, so it throws inside its receive.
        executor.Tell(new RunHook(hook, broken));
        await Poll.UntilAsync(async () => (await harness.EventAsync(broken.Id)).Status == EventStatus.Failed, "the broken event failed");

        var failed = await harness.EventAsync(broken.Id);
        failed.Error.ShouldBe("alpha: hook executor for alpha stopped without a result");
        var execution = (await harness.Journal.ExecutionsOfAsync(broken.Id, CancellationToken.None)).ShouldHaveSingleItem();
        execution.Success.ShouldBeFalse();

        runner.Open();
        await harness.WaitUntilFinishedAsync(2);
        (await harness.EventAsync(next.Id)).Status.ShouldBe(EventStatus.Completed);
        (await harness.Journal.ExecutionsOfAsync(next.Id, CancellationToken.None)).ShouldHaveSingleItem().Success.ShouldBeTrue();
    }

    [Fact]
    public async Task An_executor_stopped_before_its_hook_returns_gives_a_failed_execution()
    {
        var runner = new GatedRunner();
        await using var harness = await EngineHarness.StartAsync(
            runner, [TestEvents.Hook("alpha", ["task.*"]), TestEvents.Hook("beta", ["task.*"])], EngineHarness.TestOptions().WithWorkers(1));
        var actors = harness.Host.Actors.ShouldNotBeNull();
        var evt = TestEvents.Of("task.started");

        await harness.AcceptAsync([evt]);
        await Poll.UntilAsync(() => runner.Started == 2, "both runs started");
        actors.Stop(actors.Lookup($"{Worker}/hook-beta").ShouldNotBeNull());
        runner.Open();
        await harness.WaitUntilFinishedAsync(1);

        var stored = await harness.EventAsync(evt.Id);
        stored.Status.ShouldBe(EventStatus.Failed);
        stored.Error.ShouldBe("beta: hook executor for beta stopped without a result");
        var executions = await harness.Journal.ExecutionsOfAsync(evt.Id, CancellationToken.None);
        executions.Select(x => (x.HookName, x.Success)).OrderBy(x => x.HookName).ShouldBe([("alpha", true), ("beta", false)]);
    }
}
