using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Processing;

/// <summary>To a worker (through the pool): process this event, already committed as processing with our owner.</summary>
internal sealed record ProcessEvent(Event Event);

/// <summary>From a hook executor to its worker: the one execution of its run.</summary>
internal sealed record HookExecuted(HookExecution Execution);
