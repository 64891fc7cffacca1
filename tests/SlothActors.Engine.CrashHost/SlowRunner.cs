using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.CrashHost;

/// <summary>A hook that takes ten milliseconds, slower than acceptance, so the kill finds events in flight and in the backlog.</summary>
internal sealed class SlowRunner : IHookRunner
{
    public static readonly TimeSpan WorkTime = TimeSpan.FromMilliseconds(10);

    public ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Simulated hook work on the execution thread, as a blocking hook would do.
        Thread.Sleep(WorkTime);
        return ValueTask.FromResult(HookRunResult.Succeeded("done"));
    }
}
