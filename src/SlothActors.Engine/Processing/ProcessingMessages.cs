using System.Diagnostics;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Processing;

/// <summary>To a worker (through the pool): process this event, already committed as processing with our owner; <paramref name="Trace"/> is its producer's span, if any.</summary>
internal sealed record ProcessEvent(Event Event, ActivityContext Trace = default);

/// <summary>From a hook executor to its worker: the one execution of its run.</summary>
internal sealed record HookExecuted(HookExecution Execution);
