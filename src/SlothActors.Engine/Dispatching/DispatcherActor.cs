using System.Diagnostics;
using Akka.Actor;
using Akka.Routing;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Partitions;
using SlothActors.Engine.Processing;
using SlothActors.Engine.Recording;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// Persist-before-route: accepted events are made durable in group-commit chunks (in the
/// partitions' Akka journal, then projected into the read model), every producer is acknowledged
/// only after its chunk committed, and only then are events routed to the worker pool. The
/// dispatcher owns the capacity: at most <see cref="EngineOptions.Capacity"/> events are in
/// memory (routed, not yet recorded); the rest wait in the backlog (ids read back as slots free up).
/// </summary>
/// <remarks>
/// Invariants: <c>_inFlight.Count + _reserved &lt;= Capacity</c>; one chunk and one backlog
/// read at most in flight; an event is routed only once it is durable and in the read model, so
/// a hook never sees an uncommitted event. Slots are reserved when a write or read is issued and
/// settled when its result arrives.
/// </remarks>
internal sealed partial class DispatcherActor : UntypedActor, IWithTimers
{
    private readonly EngineContext _engine;
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private IActorRef _pool = null!;
    private IActorRef _recorder = null!;
    private int _reserved;
    private int _peakInFlight;
    private long _claimedByFallback;
    private bool _shuttingDown;

    public DispatcherActor(EngineContext engine) => _engine = engine;

    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>
    /// A worker that throws is restarted alone, and the other workers' runs go on. Explicit, so
    /// this never rests on the library's default for pools, which has been escalate (to this
    /// actor, whose own default would restart the whole pool) in other Akka.NET versions.
    /// </summary>
    private static SupervisorStrategy WorkerSupervision { get; } = new OneForOneStrategy(Decider.From(Directive.Restart));

    private int FreeSlots => _engine.Options.Capacity - _inFlight.Count - _reserved;

    protected override void PreStart()
    {
        var engine = _engine;
        _recorder = Context.ActorOf(Props.Create(() => new RecorderActor(engine)), "recorder");
        var recorder = _recorder;
        var worker = Props.Create(() => new EventWorkerActor(engine, recorder));
        _pool = Context.ActorOf(worker.WithRouter(new RoundRobinPool(engine.Options.Workers).WithSupervisorStrategy(WorkerSupervision)), "workers");
        StartPartitions();

        // The safety tick: a backlog read that no freed slot started.
        Timers.StartPeriodicTimer(nameof(FallbackTick), FallbackTick.Instance, engine.Options.FallbackInterval);
        Self.Tell(FallbackTick.Instance);
    }

    protected override void PostStop() => FailUnconfirmed();

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case Dispatch dispatch:
                OnDispatch(dispatch);
                break;
            case AppendDone done:
                OnAppendDone(done);
                break;
            case AppendFailed failed:
                OnProjectionFailed(failed);
                break;
            case EventsFinished finished:
                OnEventsFinished(finished);
                break;
            case FallbackTick:
                TryReadBacklog();
                break;
            case BeginShutdown:
                OnBeginShutdown();
                break;
            case AwaitDrained:
                OnAwaitDrained();
                break;
            case StopWorkers:
                OnStopWorkers();
                break;
            case Terminated terminated:
                OnTerminated(terminated);
                break;
            case EventsPersisted persisted:
                OnEventsPersisted(persisted);
                break;
            case PartitionRecovered recovered:
                OnPartitionRecovered(recovered);
                break;
            case RouteEvents route:
                OnRouteEvents(route);
                break;
            case StrandedEvents stranded:
                OnStrandedEvents(stranded);
                break;
            case ReleasePartition release:
                OnReleasePartition(release);
                break;
            case RecoveredProjected projected:
                OnRecoveredProjected(projected);
                break;
            case RecoveredProjectionFailed failed:
                OnRecoveredProjectionFailed(failed);
                break;
            case BacklogRead read:
                OnBacklogRead(read);
                break;
            case BacklogReadFailed readFailed:
                OnBacklogReadFailed(readFailed);
                break;
            case SweepPageRead page:
                OnSweepPageRead(page);
                break;
            case SweepUnknownRead unknown:
                OnSweepUnknownRead(unknown);
                break;
            case SweepFailed sweepFailed:
                OnSweepFailed(sweepFailed);
                break;
            case RetryProjection:
                ProjectChunk();
                break;
            case RetryAttach:
                OnRetryAttach();
                break;
            case RestartPartition restart:
                StartPartition(restart.Partition);
                break;
            case AwaitPartitionsIdle:
                OnAwaitPartitionsIdle();
                break;
            case AbandonInFlight:
                OnAbandonInFlight();
                break;
            case Flush:
                _recorder.Forward(Flush.Instance);
                break;
            case GetDispatcherStatus:
                Sender.Tell(new DispatcherStatus(_inFlight.Count, HasBacklog, _peakInFlight, _claimedByFallback));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void OnEventsFinished(EventsFinished finished)
    {
        foreach (var id in finished.EventIds)
        {
            // An id the dispatcher abandoned at shutdown is no longer counted.
            _inFlight.Remove(id);
        }

        if (finished.Recorded)
        {
            Complete(finished.EventIds);
        }

        AssertInvariants();
        TryRelease();
        TryReadBacklog();
        CheckDrained();
    }

    /// <summary>Takes slots for a write or backlog read about to be issued; they count against the capacity until settled.</summary>
    private void Reserve(int slots)
    {
        _reserved += slots;
        _peakInFlight = Math.Max(_peakInFlight, _inFlight.Count + _reserved);
        AssertInvariants();
    }

    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        Debug.Assert(_reserved >= 0, "negative reservation");
        Debug.Assert(_inFlight.Count + _reserved <= _engine.Options.Capacity, "more events in memory than the capacity");
    }
}
