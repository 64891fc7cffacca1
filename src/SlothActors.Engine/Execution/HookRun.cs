using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>One queued run of one hook on one event, finished by its thread or by the watchdog, whichever is first.</summary>
internal sealed class HookRun(HookDefinition hook, Event evt)
{
    private const int Running = 0;
    private const int Finished = 1;
    private const int Abandoned = 2;

    private readonly TaskCompletionSource<HookExecution> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public HookDefinition Hook { get; } = hook;

    public Event Event { get; } = evt;

    public Task<HookExecution> Task => _result.Task;

    public bool IsDone => Volatile.Read(ref _state) != Running;

    /// <returns>False when the watchdog already gave up on this run (its thread was counted as hung).</returns>
    public bool TryFinish(HookExecution execution)
    {
        if (Interlocked.CompareExchange(ref _state, Finished, Running) != Running)
        {
            return false;
        }

        _result.SetResult(execution);
        return true;
    }

    /// <returns>True when this call gave up on the run; its runner is still going.</returns>
    public bool TryAbandon(HookExecution timedOut)
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Running) != Running)
        {
            return false;
        }

        _result.SetResult(timedOut);
        return true;
    }
}
