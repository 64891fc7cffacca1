using System.Diagnostics;
using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Observing;
using SlothActors.Engine.Processing;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>
/// Owns one run of one hook on one event: posts it to the hook threads (never runs it on this
/// actor's thread), enforces its deadline, turns whatever happens into exactly one
/// <see cref="HookExecuted"/> for the worker that asked, and stops.
/// </summary>
/// <remarks>
/// <para>
/// The deadline counts from the run's start, not from its wait in the hook threads' queue. At the
/// deadline the run is cancelled; a runner that ignores the cancellation for
/// <see cref="EngineOptions.TimeoutMargin"/> more is given up on (its thread counts as hung) and
/// the execution is recorded as timed out without it. If this actor itself fails or is stopped
/// first, its worker's watch records a failed execution.
/// </para>
/// <para>
/// The work arrives as the first message rather than through the constructor, so every worker
/// spawns its executors from one cached <see cref="Props"/>. The result goes to the worker from
/// <see cref="PostStop"/>, right before Akka tells the worker about the stop, so the worker
/// usually handles both in one turn; it still arrives before the worker's <see cref="Terminated"/>.
/// </para>
/// </remarks>
internal sealed class HookExecutorActor(EngineContext engine) : UntypedActor, IWithTimers
{
    private const string DeadlineTimer = "deadline";
    private const string GiveUpTimer = "give-up";

    private RunHook? _run;
    private IActorRef _replyTo = ActorRefs.Nobody;
    private HookWork? _work;
    private TimeSpan _timeout;
    private DateTimeOffset _executedAt;
    private bool _cancelled;
    private HookExecuted? _result;
    private Activity? _span;

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case RunHook run:
                Start(run);
                break;
            case HookRunFinished finished:
                OnFinished(finished);
                break;
            case DeadlineReached:
                OnDeadline();
                break;
            case GiveUp:
                OnGiveUp();
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    protected override void PostStop()
    {
        if (_result is { } result)
        {
            _replyTo.Tell(result, Self);
        }
        else if (_work is { } work)
        {
            // Stopped from outside mid-run: nobody waits for the run any more.
            work.Cancel();
            work.TryAbandon();
            EngineTracing.StopDetached(_span, "stopped without a result");
        }
    }

    private void Start(RunHook run)
    {
        // One executor, one run: a second request is a protocol bug, and failing here hands it to
        // the worker's supervision instead of running a hook twice.
        if (_run is not null)
        {
            throw new InvalidOperationException($"hook executor {Self.Path} was asked to run a second hook");
        }

        _run = run;
        _replyTo = Sender;
        _span = EngineTracing.StartDetached("hook " + run.Hook.Name, run.Trace, run.Event);
        _span?.SetTag("sloth.hook", run.Hook.Name);
        _timeout = engine.Options.TimeoutOf(run.Hook);
        _executedAt = engine.Time.GetUtcNow();
        _work = new HookWork(engine.Threads, engine.Runner, run.Hook, run.Event, _timeout, Self, Context.System.Scheduler, engine.Time);
        if (!engine.Threads.TryPost(_work))
        {
            Report(ExecutionRecords.Failed(run.Hook, run.Event, "not run: the engine is shutting down", TimeSpan.Zero, _executedAt));
            return;
        }

        Timers.StartSingleTimer(DeadlineTimer, DeadlineReached.Instance, _timeout);
    }

    private void OnDeadline()
    {
        if (_result is not null || _work is not { } work)
        {
            return;
        }

        var remaining = _timeout - (work.Elapsed ?? TimeSpan.Zero);
        if (remaining > TimeSpan.Zero)
        {
            // Still queued, or started after this executor did: the deadline is later.
            Timers.StartSingleTimer(DeadlineTimer, DeadlineReached.Instance, remaining);
            return;
        }

        _cancelled = true;
        work.Cancel();
        Timers.StartSingleTimer(GiveUpTimer, GiveUp.Instance, engine.Options.TimeoutMargin);
    }

    private void OnGiveUp()
    {
        if (_result is null && _run is { } run && _work is { } work && work.TryAbandon())
        {
            Report(ExecutionRecords.Failed(run.Hook, run.Event, TimedOut(run.Hook), work.Elapsed ?? TimeSpan.Zero, _executedAt));
        }
    }

    private void OnFinished(HookRunFinished finished)
    {
        if (_result is not null || _run is not { } run)
        {
            return;
        }

        var result = finished.Result;
        if (!result.Success && _cancelled)
        {
            result = HookRunResult.Failed(TimedOut(run.Hook));
        }
        else if (!result.Success && engine.Threads.Stopping.IsCancellationRequested)
        {
            result = HookRunResult.Failed("cancelled: the engine is shutting down");
        }

        Report(ExecutionRecords.From(run.Hook, run.Event, result, finished.Elapsed, _executedAt));
    }

    private string TimedOut(HookDefinition hook) => ExecutionRecords.TimedOut(hook, _timeout);

    private void Report(HookExecution execution)
    {
        _span?.SetTag("sloth.hook.success", execution.Success);
        EngineTracing.StopDetached(_span, execution.Error);
        _result = new HookExecuted(execution);
        Context.Stop(Self);
    }
}
