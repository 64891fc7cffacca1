using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Actors;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Ingress;
using SlothActors.Engine.Observing;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;

namespace SlothActors.Engine.Hosting;

/// <summary>
/// The single-node event engine as a hosted service: start recovers and starts the actors,
/// stop drains gracefully. Events come in through <see cref="Ingress"/>.
/// </summary>
public sealed partial class EngineHost : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan ControlTimeout = TimeSpan.FromSeconds(10);

    private readonly IEventJournal _journal;
    private readonly IHookRunner _runner;
    private readonly IngressGate _gate;
    private readonly ObserverCalls _observer;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private ActorSystem? _system;
    private ExecutionScheduler? _executions;
    private volatile IActorRef? _dispatcher;
    private bool _stopped;

    public EngineHost(
        IEventJournal journal,
        IHookRunner runner,
        EngineOptions options,
        IHookRegistryProvider? hooks = null,
        IEngineObserver? observer = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _journal = journal;
        _runner = runner;
        Options = options;
        Hooks = hooks ?? new JournalHookRegistryProvider(journal);
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _log = _loggerFactory.CreateLogger("SlothActors.Engine");
        _time = timeProvider ?? TimeProvider.System;
        _observer = new ObserverCalls(observer ?? NoEngineObserver.Instance, _log);
        _gate = new IngressGate(options.MaxBufferedEvents);
        Ingress = new EngineIngress(_gate, () => _dispatcher);
    }

    public EngineOptions Options { get; }

    /// <summary>Accepts events; fails with <see cref="EngineUnavailableException"/> unless the engine runs.</summary>
    public IEventIngress Ingress { get; }

    /// <summary>Refresh it after every hook change so new events match the current hooks.</summary>
    public IHookRegistryProvider Hooks { get; }

    /// <summary>The running actor system, for tests that inspect the actor tree.</summary>
    internal ActorSystem? Actors => _system;

    /// <summary>Start-up recovery (see <see cref="EngineOptions.Recovery"/>), then the actors and a first claim.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_system is not null || _stopped)
            {
                throw new InvalidOperationException("The engine was already started; create a new EngineHost to start again.");
            }

            var recovered = await RecoverAsync(cancellationToken).ConfigureAwait(false);
            await Hooks.RefreshAsync(cancellationToken).ConfigureAwait(false);
            _executions = new ExecutionScheduler(_runner, Options, _time);
            var context = new EngineContext(Options, _journal, _journal, _journal, Hooks, _executions, _gate, _observer, _time, _log);
            _system = ActorSystem.Create("engine", new ActorSystemOptions { TimeProvider = _time, LoggerFactory = _loggerFactory });
            _dispatcher = _system.ActorOf(Props.Create(() => new DispatcherActor(context)), "dispatcher");
            _gate.Open();
            _dispatcher.Tell(FallbackTick.Instance);
            EngineLog.Started(_log, Options.Workers, Options.Capacity, recovered);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>A snapshot of the engine's load (asks the dispatcher and counts pending events).</summary>
    /// <exception cref="EngineUnavailableException">The engine is not running.</exception>
    public async Task<EngineStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var dispatcher = _dispatcher ?? throw new EngineUnavailableException();
        var status = await dispatcher.Ask<DispatcherStatus>(GetDispatcherStatus.Instance, ControlTimeout, cancellationToken).ConfigureAwait(false);
        var counts = await _journal.CountByStatusAsync(cancellationToken).ConfigureAwait(false);
        return new EngineStatus(
            _gate.IsAccepting,
            status.InFlight,
            Options.Capacity,
            _gate.Unwritten,
            status.Backlog,
            counts.GetValueOrDefault(EventStatus.Pending),
            status.PeakInFlight,
            status.ClaimedByFallback,
            _executions?.Hung ?? 0);
    }

    /// <summary>Stops the engine if it runs. Safe to call more than once (a container may hold it twice).</summary>
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);
}
