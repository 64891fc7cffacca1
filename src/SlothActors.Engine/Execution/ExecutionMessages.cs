using System.Diagnostics;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>From a worker to a new hook executor, its first and only request; answered with one <see cref="HookExecuted"/>.</summary>
internal sealed record RunHook(HookDefinition Hook, Event Event, ActivityContext Trace = default);

/// <summary>From a hook thread to the executor whose run finished.</summary>
internal sealed record HookRunFinished(HookRunResult Result, TimeSpan Elapsed);

/// <summary>The executor's timer: the run's deadline may have passed.</summary>
internal sealed class DeadlineReached
{
    public static readonly DeadlineReached Instance = new();
}

/// <summary>The executor's timer: the runner ignored the cancellation for longer than the margin.</summary>
internal sealed class GiveUp
{
    public static readonly GiveUp Instance = new();
}
