using SlothActors.Actors;
using SlothActors.Engine.Processing;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>
/// One queued run of one hook on one event, finished by its thread or by the watchdog, whichever
/// is first; the winner tells <see cref="HookExecuted"/> to the actor that asked for it.
/// </summary>
/// <remarks>
/// The report is a plain tell from the finishing thread: no task, no continuation and no extra
/// hop through the thread pool, which matters at tens of thousands of runs per second.
/// </remarks>
internal sealed class HookRun(HookDefinition hook, Event evt, IActorRef replyTo)
{
    private const int Running = 0;
    private const int Finished = 1;
    private const int Abandoned = 2;

    private int _state;

    public HookDefinition Hook { get; } = hook;

    public Event Event { get; } = evt;

    public bool IsDone => Volatile.Read(ref _state) != Running;

    /// <returns>False when the watchdog already gave up on this run (its thread was counted as hung).</returns>
    public bool TryFinish(HookExecution execution)
    {
        if (Interlocked.CompareExchange(ref _state, Finished, Running) != Running)
        {
            return false;
        }

        replyTo.Tell(new HookExecuted(execution));
        return true;
    }

    /// <returns>True when this call gave up on the run; its runner is still going.</returns>
    public bool TryAbandon(HookExecution timedOut)
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Running) != Running)
        {
            return false;
        }

        replyTo.Tell(new HookExecuted(timedOut));
        return true;
    }
}
