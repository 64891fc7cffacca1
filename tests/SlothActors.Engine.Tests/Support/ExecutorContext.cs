using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Ingress;
using SlothActors.Engine.Observing;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Tests.Support;

/// <summary>An engine context for a hook executor on its own: the executor uses only the options, the runner, the hook threads and the clock.</summary>
internal static class ExecutorContext
{
    public static EngineContext For(IHookRunner runner, HookThreads threads, EngineOptions options) => new(
        options,
        Appender: null!,
        Recorder: null!,
        Queries: null!,
        Hooks: new NoHooks(),
        runner,
        threads,
        new IngressGate(options.MaxBufferedEvents),
        new ObserverCalls(new NoObserver(), NullLogger.Instance),
        TimeProvider.System,
        NullLogger.Instance,
        PartitionRegion: null!);

    private sealed class NoHooks : IHookRegistryProvider
    {
        public HookRegistry Current => HookRegistry.Empty;

        public Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoObserver : IEngineObserver
    {
    }
}
