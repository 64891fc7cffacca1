using Akka.Actor;
using Akka.Configuration;
using Akka.TestKit;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Processing;
using SlothActors.Engine.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

/// <summary>
/// The hook executor on its own, on Akka's test scheduler: the deadline is virtual time, so these
/// tests move it instead of waiting for it.
/// </summary>
public sealed class ExecutorTests : EngineTestKit, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    private readonly HookThreads _threads = new(2);

    public ExecutorTests()
        : base(ConfigurationFactory.ParseString("""akka.scheduler.implementation = "Akka.TestKit.TestScheduler, Akka.TestKit" """))
    {
    }

    private TestScheduler Scheduler => (TestScheduler)Sys.Scheduler;

    [Fact]
    public async Task An_executor_reports_its_one_run_to_whoever_asked_and_stops()
    {
        var executor = Executor(new RecordingRunner());
        var worker = CreateTestProbe();
        worker.Watch(executor);
        var evt = TestEvents.Of("task.completed");

        worker.Send(executor, new RunHook(TestEvents.Hook("alpha", ["*"]), evt));

        var executed = await worker.ExpectMsgAsync<HookExecuted>();
        (executed.Execution.EventId, executed.Execution.HookName, executed.Execution.Success, executed.Execution.Output)
            .ShouldBe((evt.Id, "alpha", true, "ran alpha"));
        await worker.ExpectTerminatedAsync(executor);
    }

    [Fact]
    public async Task A_runner_that_ignores_its_deadline_is_given_up_on_after_the_margin_and_its_thread_counted_as_hung()
    {
        var runner = new ScriptedRunner();
        try
        {
            var executor = Executor(runner);
            var worker = CreateTestProbe();
            worker.Send(executor, new RunHook(TestEvents.Hook(ScriptedRunner.HangsIgnoringCancellation, ["*"], timeout: Timeout), TestEvents.Of("task.stuck")));
            await Poll.UntilAsync(() => runner.Hanging == 1, "the run started");
            await SettledAsync(executor);

            Scheduler.Advance(Timeout);
            await SettledAsync(executor);
            await worker.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));

            Scheduler.Advance(Margin);
            var executed = await worker.ExpectMsgAsync<HookExecuted>();
            executed.Execution.Success.ShouldBeFalse();
            executed.Execution.Error.ShouldBe("hook hangs timed out after 5s");
            _threads.Hung.ShouldBe(1);
        }
        finally
        {
            runner.ReleaseHung();
        }

        await Poll.UntilAsync(() => _threads.Hung == 0, "the hung thread returned");
    }

    [Fact]
    public async Task A_runner_that_honours_the_cancellation_gives_a_timed_out_execution_without_waiting_for_the_margin()
    {
        var runner = new ScriptedRunner();
        var executor = Executor(runner);
        var worker = CreateTestProbe();
        worker.Send(executor, new RunHook(TestEvents.Hook(ScriptedRunner.WaitsForCancellation, ["*"], timeout: Timeout), TestEvents.Of("task.slow")));
        await Poll.UntilAsync(() => runner.Waiting == 1, "the run started");
        await SettledAsync(executor);

        Scheduler.Advance(Timeout);

        var executed = await worker.ExpectMsgAsync<HookExecuted>();
        executed.Execution.Error.ShouldBe("hook waits timed out after 5s");
        _threads.Hung.ShouldBe(0);
    }

    [Fact]
    public async Task The_deadline_counts_from_the_runs_start_not_from_its_wait_for_a_hook_thread()
    {
        using var oneThread = new HookThreads(1);
        var gated = new GatedRunner();
        var first = Executor(gated, oneThread);
        var queued = Executor(new RecordingRunner(), oneThread);
        var worker = CreateTestProbe();
        worker.Send(first, new RunHook(TestEvents.Hook("busy", ["*"], timeout: TimeSpan.FromHours(1)), TestEvents.Of("task.busy")));
        await Poll.UntilAsync(() => gated.Running == 1, "the first run holds the only thread");
        worker.Send(queued, new RunHook(TestEvents.Hook("later", ["*"], timeout: Timeout), TestEvents.Of("task.later")));
        await SettledAsync(queued);

        // The queued run's deadline passes while it still waits: it must not be cancelled for that.
        Scheduler.Advance(Timeout + Margin);
        await SettledAsync(queued);
        gated.Open();

        var results = new[] { await worker.ExpectMsgAsync<HookExecuted>(), await worker.ExpectMsgAsync<HookExecuted>() };
        results.Select(r => (r.Execution.HookName, r.Execution.Success)).OrderBy(r => r.HookName).ShouldBe([("busy", true), ("later", true)]);
    }

    [Fact]
    public async Task A_second_run_request_is_refused_by_failing_the_executor_and_no_hook_runs_twice()
    {
        var runner = new GatedRunner();
        var parent = CreateTestProbe();
        var executor = ChildActorOf(ExecutorProducer.Props(ExecutorContext.For(runner, _threads, Options())), SupervisorStrategy.StoppingStrategy);
        parent.Watch(executor);
        var hook = TestEvents.Hook("alpha", ["*"]);
        parent.Send(executor, new RunHook(hook, TestEvents.Of("task.one")));
        await Poll.UntilAsync(() => runner.Started == 1, "the first run started");

        parent.Send(executor, new RunHook(hook, TestEvents.Of("task.two")));

        await parent.ExpectTerminatedAsync(executor);
        runner.Open();
        runner.Started.ShouldBe(1);
        await parent.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    public new void Dispose()
    {
        _threads.Dispose();
        base.Dispose();
    }

    private static EngineOptions Options() => EngineHarness.TestOptions().WithTimeoutMargin(Margin);

    private IActorRef Executor(Events.Hooks.IHookRunner runner, HookThreads? threads = null) =>
        Sys.ActorOf(ExecutorProducer.Props(ExecutorContext.For(runner, threads ?? _threads, Options())));

    /// <summary>Everything sent to the executor so far has been handled (its timers are set): the mailbox is in order.</summary>
    private static Task SettledAsync(IActorRef executor) => executor.Ask<ActorIdentity>(new Identify(null), TimeSpan.FromSeconds(5));
}
