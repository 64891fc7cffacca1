using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Recording;

namespace SlothActors.Engine.Processing;

/// <summary>To a worker: process this event, already committed as processing with our owner.</summary>
internal sealed record ProcessEvent(Event Event);

/// <summary>From a worker to a new hook executor, its first and only request.</summary>
internal sealed record RunHook(HookDefinition Hook, Event Event);

/// <summary>From the execution scheduler to a hook executor, and from the executor to its worker.</summary>
internal sealed record HookExecuted(HookExecution Execution);

/// <summary>From a worker to the recorder: everything processing <paramref name="Event"/> produced.</summary>
internal sealed record EventProcessed(Event Event, EventOutcome Outcome);
