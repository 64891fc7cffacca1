using Akka.Actor;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Ingress;
using SlothActors.Engine.Observing;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Appending;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Recording;

namespace SlothActors.Engine.Hosting;

/// <summary>
/// What the engine's actors share; each actor uses only the journal role it needs.
/// <paramref name="PartitionRegion"/> is the dispatcher partitions' shard region.
/// </summary>
internal sealed record EngineContext(
    EngineOptions Options,
    IEventAppender Appender,
    IExecutionRecorder Recorder,
    IEventQueries Queries,
    IHookRegistryProvider Hooks,
    IHookRunner Runner,
    HookThreads Threads,
    IngressGate Gate,
    ObserverCalls Observer,
    TimeProvider Time,
    ILogger Log,
    IActorRef PartitionRegion);
