using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Observing;

/// <summary>
/// What the engine reports as it works (metrics, live streams). Called on actor threads after
/// the matching journal commit: keep each call short and non-blocking. An exception is logged
/// and swallowed, never allowed to disturb processing. Implement only what you need.
/// </summary>
public interface IEngineObserver
{
    /// <summary>Newly stored events, after their commit (a repeated id is not reported again).</summary>
    void EventsAccepted(IReadOnlyList<Event> events)
    {
    }

    /// <summary>The event's final status (completed or failed) is committed.</summary>
    void EventFinished(Event evt, EventStatus status, string? error)
    {
    }

    /// <summary>The execution is committed.</summary>
    void HookExecuted(HookExecution execution)
    {
    }

    /// <summary>One group-commit write of accepted events.</summary>
    void BatchWritten(int size)
    {
    }
}
