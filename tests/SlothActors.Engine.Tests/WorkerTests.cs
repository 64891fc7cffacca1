using Akka.Actor;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Processing;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

/// <summary>The event workers and their hook executors, seen through the actors' names and the journal.</summary>
public sealed class WorkerTests : EngineTestKit
{
    private const string Executors = "/user/dispatcher/workers/*/hook-";

    [Fact]
    public async Task A_worker_runs_each_matching_hook_in_its_own_executor_child_that_stops_after_reporting()
    {
        var runner = new GatedRunner();
        string[] names = ["alpha", "beta", "gamma"];
        var hooks = names.Select(name => TestEvents.Hook(name, ["task.*"])).Append(TestEvents.Hook("other", ["deploy.*"]));
        await using var harness = await EngineHarness.StartAsync(Sys, runner, hooks, EngineHarness.TestOptions().WithWorkers(1));
        var evt = TestEvents.Of("task.completed");

        await harness.AcceptAsync([evt]);

        // One worker, three runs at once: each hook has an executor of its own.
        await Poll.UntilAsync(() => runner.Running == 3, "three runs in flight");
        var watcher = CreateTestProbe();
        foreach (var name in names)
        {
            watcher.Watch(await ExecutorAsync(name));
        }

        (await IdentifyAsync(Executors + "other")).ShouldBeNull("a hook the event does not match gets no executor");
        runner.Open();
        await harness.WaitUntilFinishedAsync(1);
        (await harness.EventAsync(evt.Id)).Status.ShouldBe(EventStatus.Completed);
        for (var i = 0; i < names.Length; i++)
        {
            await watcher.ExpectMsgAsync<Terminated>();
        }
    }

    [Fact]
    public async Task An_executor_that_throws_gives_a_failed_execution_and_the_worker_goes_on()
    {
        var runner = new GatedRunner();
        var hook = TestEvents.Hook("alpha", ["task.*"]);
        await using var harness = await EngineHarness.StartAsync(Sys, runner, [hook], EngineHarness.TestOptions().WithWorkers(1));
        var broken = TestEvents.Of("task.started");
        var next = TestEvents.Of("task.completed");

        await harness.AcceptAsync([broken, next]);
        await Poll.UntilAsync(() => runner.Started == 1, "the first run started");

        // A second request breaks the executor's one-run protocol, so it throws inside its receive.
        (await ExecutorAsync("alpha")).Tell(new RunHook(hook, broken));
        await Poll.UntilAsync(async () => (await harness.EventAsync(broken.Id)).Status == EventStatus.Failed, "the broken event failed");

        var failed = await harness.EventAsync(broken.Id);
        failed.Error.ShouldBe("alpha: hook executor for alpha stopped without a result");
        (await harness.Journal.ExecutionsOfAsync(broken.Id, CancellationToken.None)).ShouldHaveSingleItem().Success.ShouldBeFalse();

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
            Sys, runner, [TestEvents.Hook("alpha", ["task.*"]), TestEvents.Hook("beta", ["task.*"])], EngineHarness.TestOptions().WithWorkers(1));
        var evt = TestEvents.Of("task.started");

        await harness.AcceptAsync([evt]);
        await Poll.UntilAsync(() => runner.Started == 2, "both runs started");
        Sys.Stop(await ExecutorAsync("beta"));
        runner.Open();
        await harness.WaitUntilFinishedAsync(1);

        var stored = await harness.EventAsync(evt.Id);
        stored.Status.ShouldBe(EventStatus.Failed);
        stored.Error.ShouldBe("beta: hook executor for beta stopped without a result");
        var executions = await harness.Journal.ExecutionsOfAsync(evt.Id, CancellationToken.None);
        executions.Select(x => (x.HookName, x.Success)).OrderBy(x => x.HookName).ShouldBe([("alpha", true), ("beta", false)]);
    }

    [Fact]
    public async Task A_worker_that_fails_is_restarted_alone_and_the_other_workers_runs_go_on()
    {
        var runner = new GatedRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, [TestEvents.Hook("alpha", ["task.*"])], EngineHarness.TestOptions().WithWorkers(2));
        var running = TestEvents.Of("task.started");
        await harness.AcceptAsync([running]);
        await Poll.UntilAsync(() => runner.Started == 1, "the first worker runs its hook");
        var executor = await ExecutorAsync("alpha");
        var watcher = CreateTestProbe();
        watcher.Watch(executor);

        // Round robin: the first worker took the event, so the second one gets this and throws.
        var pool = await Sys.ActorSelection("/user/dispatcher/workers").ResolveOne(TimeSpan.FromSeconds(5));
        await EventFilter.Exception<ArgumentNullException>().ExpectOneAsync(() =>
        {
            pool.Tell(new ProcessEvent(null!));
            return Task.CompletedTask;
        });

        await watcher.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(300));
        runner.Open();
        await harness.WaitUntilFinishedAsync(1);
        (await harness.EventAsync(running.Id)).Status.ShouldBe(EventStatus.Completed);
        var after = TestEvents.Many(4);
        await harness.AcceptAsync(after);
        await harness.WaitUntilFinishedAsync(5);
        (await harness.CountAsync(EventStatus.Completed)).ShouldBe(5);
    }

    [Fact]
    public async Task A_worker_that_fails_hands_the_events_waiting_for_it_back_to_the_pool()
    {
        var runner = new GatedRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, [TestEvents.Hook("alpha", ["task.*"])], EngineHarness.TestOptions().WithWorkers(1));
        var first = TestEvents.Of("task.started");
        await harness.AcceptAsync([first]);
        await Poll.UntilAsync(() => runner.Started == 1, "the only worker runs the first event's hook");
        var pool = await Sys.ActorSelection("/user/dispatcher/workers").ResolveOne(TimeSpan.FromSeconds(5));

        // Queued behind the first event: the worker throws on it once the first one is done,
        // with the next event waiting behind it.
        pool.Tell(new ProcessEvent(null!));
        var waiting = TestEvents.Of("task.completed");
        await harness.AcceptAsync([waiting]);
        await EventFilter.Exception<ArgumentNullException>().ExpectOneAsync(() =>
        {
            runner.Open();
            return Task.CompletedTask;
        });

        await harness.WaitUntilFinishedAsync(2);
        (await harness.EventAsync(first.Id)).Status.ShouldBe(EventStatus.Completed);
        (await harness.EventAsync(waiting.Id)).Status.ShouldBe(EventStatus.Completed);
    }

    private async Task<IActorRef> ExecutorAsync(string hook) =>
        await IdentifyAsync(Executors + hook) ?? throw new InvalidOperationException($"no executor for {hook} is running");

    private async Task<IActorRef?> IdentifyAsync(string path)
    {
        var identity = await Sys.ActorSelection(path).Ask<ActorIdentity>(new Identify(path), TimeSpan.FromSeconds(5));
        return identity.Subject;
    }
}
