using Akka.Actor;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>
/// One run of one hook on one event, as its <see cref="HookExecutorActor"/> posts it to the
/// <see cref="HookThreads"/>: calls the runner and tells <see cref="HookRunFinished"/> to the
/// executor, unless the executor gave up on it first.
/// </summary>
/// <remarks>
/// The report is a plain tell from the hook thread: no task, no continuation and no extra hop
/// through the thread pool, which matters at tens of thousands of runs per second. How long the
/// run has gone on, for its deadline, is read on the actor system's scheduler clock, the one the
/// executor's timers run on, so a test scheduler moves both together; the recorded duration is
/// measured on the engine's <see cref="TimeProvider"/>.
/// </remarks>
internal sealed class HookWork
{
    private const int Queued = 0;
    private const int Running = 1;
    private const int Finished = 2;
    private const int Abandoned = 3;

    private readonly HookThreads _threads;
    private readonly IHookRunner _runner;
    private readonly HookDefinition _hook;
    private readonly Event _event;
    private readonly TimeSpan _timeout;
    private readonly IActorRef _executor;
    private readonly ITimeProvider _clock;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _cancellation;
    private int _state;
    private DateTimeOffset _startedAt;

    public HookWork(
        HookThreads threads, IHookRunner runner, HookDefinition hook, Event evt, TimeSpan timeout, IActorRef executor, ITimeProvider clock, TimeProvider time)
    {
        _threads = threads;
        _runner = runner;
        _hook = hook;
        _event = evt;
        _timeout = timeout;
        _executor = executor;
        _clock = clock;
        _time = time;

        // Linked, so that stopping the engine cancels every run still going.
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(threads.Stopping);
    }

    /// <summary>How long the run has been going on the scheduler's clock; null while it waits in the queue.</summary>
    public TimeSpan? Elapsed => Volatile.Read(ref _state) == Queued ? null : _clock.Now - _startedAt;

    /// <summary>On a hook thread.</summary>
    public void Execute()
    {
        _startedAt = _clock.Now;
        if (Interlocked.CompareExchange(ref _state, Running, Queued) != Queued)
        {
            return;
        }

        var started = _time.GetTimestamp();
        var result = Invoke();
        var elapsed = _time.GetElapsedTime(started);
        _cancellation.Dispose();
        if (Interlocked.CompareExchange(ref _state, Finished, Running) != Running)
        {
            // The executor gave up while this ran and already reported a timeout.
            _threads.AbandonedReturned();
            return;
        }

        _executor.Tell(new HookRunFinished(result, elapsed));
    }

    /// <summary>Asks the runner to stop (deadline, or the executor is gone).</summary>
    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run returned in the meantime; its report is on its way.
        }
    }

    /// <returns>True when the run will never report: it was still queued, or this counted its thread as hung.</returns>
    public bool TryAbandon()
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Queued) == Queued)
        {
            _cancellation.Dispose();
            return true;
        }

        if (Interlocked.CompareExchange(ref _state, Abandoned, Running) != Running)
        {
            return false;
        }

        _threads.Abandoned();
        return true;
    }

    private HookRunResult Invoke()
    {
        var token = _cancellation.Token;
        try
        {
            var pending = _runner.RunAsync(_hook, _event, _timeout, token);
            return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The executor cancelled (deadline or shutdown) and words the error itself.
            return HookRunResult.Failed("cancelled");
        }
        catch (Exception ex)
        {
            return HookRunResult.Failed($"hook runner failed: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
