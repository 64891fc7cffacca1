using System.Collections.Concurrent;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Tests.Support;

/// <summary>Succeeds at once and remembers every (hook, event) it ran; an optional check runs inside each run.</summary>
internal sealed class RecordingRunner(Func<HookDefinition, Event, Task>? inside = null) : IHookRunner
{
    private readonly ConcurrentQueue<(string Hook, string EventId)> _runs = new();

    public IReadOnlyCollection<(string Hook, string EventId)> Runs => _runs;

    public int RunsOf(string eventId) => _runs.Count(r => r.EventId == eventId);

    public async ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (inside is not null)
        {
            await inside(hook, evt);
        }

        _runs.Enqueue((hook.Name, evt.Id));
        return HookRunResult.Succeeded($"ran {hook.Name}");
    }
}
