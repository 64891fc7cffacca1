using Akka.Actor;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Ingress;
using SlothActors.Engine.Observing;
using SlothActors.Engine.Partitions;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;

namespace SlothActors.Engine.Hosting;

/// <summary>
/// The event engine on an Akka.NET actor system, as a hosted service: start recovers and starts
/// the dispatcher (which starts the recorder, the worker pool and the partitions), and registers
/// the engine's part of the system's <see cref="CoordinatedShutdown"/>; stop runs that shutdown.
/// Events come in through <see cref="Ingress"/>.
/// </summary>
/// <remarks>
/// Whoever starts the shutdown (this host's stop, SIGTERM through the host, the actor system
/// terminating), it goes the same way: stop accepting, let in-flight events finish within the
/// grace period, return what is left to pending, write the outcomes produced, then terminate.
/// </remarks>
public sealed partial class EngineHost : IHostedService, IAsyncDisposable
{
    internal static readonly TimeSpan ControlTimeout = TimeSpan.FromSeconds(10);

    private readonly IEventJournal _journal;
    private readonly IHookRunner _runner;
    private readonly ActorSystem _system;
    private readonly IngressGate _gate;
    private readonly ObserverCalls _observer;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private readonly CancellationTokenSource _graceOver = new();
    private HookThreads? _threads;
    private volatile IActorRef? _dispatcher;
    private bool _started;
    private bool _stopped;

    public EngineHost(
        IEventJournal journal,
        IHookRunner runner,
        EngineOptions options,
        ActorSystem system,
        IHookRegistryProvider? hooks = null,
        IEngineObserver? observer = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(system);
        options.EnsureValid();
        _journal = journal;
        _runner = runner;
        _system = system;
        Options = options;
        Hooks = hooks ?? new JournalHookRegistryProvider(journal);
        _log = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("SlothActors.Engine");
        _time = timeProvider ?? TimeProvider.System;
        _observer = new ObserverCalls(observer ?? NoEngineObserver.Instance, _log);
        _gate = new IngressGate(options.MaxBufferedEvents);
        Ingress = new EngineIngress(_gate, () => _dispatcher, system.WhenTerminated);
    }

    public EngineOptions Options { get; }

    /// <summary>Accepts events; fails with <see cref="EngineUnavailableException"/> unless the engine runs.</summary>
    public IEventIngress Ingress { get; }

    /// <summary>Refresh it after every hook change so new events match the current hooks.</summary>
    public IHookRegistryProvider Hooks { get; }

    /// <summary>The dispatcher while the engine runs (<c>/user/dispatcher</c>), for tests that talk to the actors.</summary>
    internal IActorRef? Dispatcher => _dispatcher;

    /// <summary>Start-up recovery of the read model's statuses (see <see cref="EngineOptions.Recovery"/>), then the partitions and the actors.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_started || _stopped)
            {
                throw new InvalidOperationException("The engine was already started; create a new EngineHost to start again.");
            }

            var recovered = await RecoverAsync(cancellationToken).ConfigureAwait(false);
            await Hooks.RefreshAsync(cancellationToken).ConfigureAwait(false);
            var region = await PartitionRegion.StartAsync(_system, Options, _log).ConfigureAwait(false);
            _threads = new HookThreads(Options.ExecutionThreads);
            var context = new EngineContext(Options, _journal, _journal, _journal, Hooks, _runner, _threads, _gate, _observer, _time, _log, region);
            var dispatcher = _system.ActorOf(Props.Create(() => new DispatcherActor(context)), "dispatcher");
            RegisterShutdown(dispatcher, _threads);
            _dispatcher = dispatcher;
            _started = true;
            _gate.Open();
            EngineLog.Started(_log, Options.Workers, Options.Capacity, recovered);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Runs the actor system's coordinated shutdown, with the engine's graceful stop in it, and
    /// waits for it. Cancelling the token ends the grace period early.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            _stopped = true;
            if (!_started)
            {
                return;
            }
        }
        finally
        {
            _lifecycle.Release();
        }

        using var endGrace = cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _graceOver);
        await CoordinatedShutdown.Get(_system).Run(CoordinatedShutdown.ClrExitReason.Instance).ConfigureAwait(false);
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
            _threads?.Hung ?? 0);
    }

    /// <summary>Stops the engine if it runs. Safe to call more than once (a container may hold it twice).</summary>
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private Task<int> RecoverAsync(CancellationToken cancellationToken) => Options.Recovery switch
    {
        StartupRecovery.OwnEvents => _journal.ReleaseOwnerAsync(Options.Owner, cancellationToken),
        _ => _journal.RecoverAllAsync(cancellationToken),
    };
}
