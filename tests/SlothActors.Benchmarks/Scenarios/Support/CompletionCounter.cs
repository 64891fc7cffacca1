using SlothActors.Engine.Observing;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// Counts events whose final status and executions are committed (the engine reports them after
/// the recorder's commit) and completes when the expected number arrived.
/// </summary>
internal sealed class CompletionCounter : IEngineObserver
{
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _expected = long.MaxValue;
    private long _finished;
    private long _failed;
    private long _executions;

    public long Finished => Interlocked.Read(ref _finished);

    public long Failed => Interlocked.Read(ref _failed);

    public long Executions => Interlocked.Read(ref _executions);

    public Task All => _all.Task;

    /// <summary>Told about every finished event, when producers use flow control.</summary>
    public InFlightWindow? Window { get; set; }

    /// <summary>Starts counting afresh; call only while no event is in flight.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _expected, long.MaxValue);
        Interlocked.Exchange(ref _finished, 0);
        Interlocked.Exchange(ref _failed, 0);
        Interlocked.Exchange(ref _executions, 0);
        _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Expect(long count)
    {
        Interlocked.Exchange(ref _expected, count);
        if (Finished >= count)
        {
            _all.TrySetResult();
        }
    }

    public void EventFinished(Event evt, EventStatus status, string? error)
    {
        if (status != EventStatus.Completed)
        {
            Interlocked.Increment(ref _failed);
        }

        Window?.Exit(1);
        if (Interlocked.Increment(ref _finished) >= Interlocked.Read(ref _expected))
        {
            _all.TrySetResult();
        }
    }

    public void HookExecuted(HookExecution execution) => Interlocked.Increment(ref _executions);
}
