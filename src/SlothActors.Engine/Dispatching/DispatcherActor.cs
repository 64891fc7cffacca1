using System.Diagnostics;
using SlothActors.Actors;
using SlothActors.Engine.Fallback;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Processing;
using SlothActors.Engine.Recording;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// Persist-before-route: accepted events are written in group-commit chunks, every producer is
/// acknowledged only after its chunk committed, and only then are events routed to the worker
/// pool. The dispatcher owns the capacity: at most <see cref="EngineOptions.Capacity"/> events
/// are in memory (routed, not yet recorded); the rest are written pending and claimed by the
/// fallback as slots free up.
/// </summary>
/// <remarks>
/// Invariants: <c>_inFlight.Count + _reserved &lt;= Capacity</c>; one append and one claim at
/// most in flight; an event is routed only once its processing state (owner set) is committed,
/// so a hook never sees an uncommitted event. Slots are reserved when a write or claim is
/// issued and settled when its result arrives.
/// </remarks>
internal sealed partial class DispatcherActor : ActorBase
{
    private readonly EngineContext _engine;
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private IActorRef _pool = null!;
    private IActorRef _recorder = null!;
    private IActorRef _fallback = null!;
    private int _reserved;
    private int _peakInFlight;
    private long _claimedByFallback;
    private bool _shuttingDown;

    public DispatcherActor(EngineContext engine) => _engine = engine;

    private int FreeSlots => _engine.Options.Capacity - _inFlight.Count - _reserved;

    protected override void PreStart()
    {
        _recorder = Context.ActorOf(Props.Create(() => new RecorderActor(_engine)), "recorder");
        var recorder = _recorder;
        var worker = Props.Create(() => new EventWorkerActor(_engine, recorder));
        _pool = Context.ActorOf(worker.WithRouter(new RoundRobinPool(_engine.Options.Workers)), "workers");
        _fallback = Context.ActorOf(Props.Create(() => new FallbackProcessorActor(_engine)), "fallback");
    }

    protected override void PostStop() => FailUnwritten();

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
                OnAppendFailed(failed);
                break;
            case PendingAppeared appeared:
                OnPendingAppeared(appeared);
                break;
            case EventsFinished finished:
                OnEventsFinished(finished);
                break;
            case FallbackTick:
                OnFallbackTick();
                break;
            case ClaimedEvents claimed:
                OnClaimed(claimed);
                break;
            case ClaimFailed claimFailed:
                OnClaimFailed(claimFailed);
                break;
            case BeginShutdown:
                OnBeginShutdown();
                break;
            case AwaitDrained:
                OnAwaitDrained();
                break;
            case AbandonInFlight:
                OnAbandonInFlight();
                break;
            case Flush:
                _recorder.Tell(Flush.Instance, Sender);
                break;
            case GetDispatcherStatus:
                Sender.Tell(new DispatcherStatus(_inFlight.Count, _backlog, _peakInFlight, _claimedByFallback));
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

        AssertInvariants();
        TryClaim();
        CheckDrained();
    }

    /// <summary>Takes slots for a write or claim about to be issued; they count against the capacity until settled.</summary>
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
