using SlothActors.Actors;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Journal.Claiming;

namespace SlothActors.Engine.Fallback;

/// <summary>
/// Brings pending events back into processing: overflow beyond the capacity, events recovered
/// at start-up, retries that became due. It owns the clock (a tick every
/// <see cref="EngineOptions.FallbackInterval"/>) and the atomic claim; the dispatcher, which owns
/// the capacity, decides when and how many to claim and routes what comes back.
/// </summary>
internal sealed class FallbackProcessorActor(EngineContext engine) : ActorBase
{
    private ICancelable? _ticks;

    protected override void PreStart()
    {
        var interval = engine.Options.FallbackInterval;
        _ticks = Context.System.Scheduler.ScheduleTellRepeatedly(interval, interval, Context.Parent, FallbackTick.Instance, Self);
    }

    protected override void PostStop() => _ticks?.Cancel();

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ClaimPending claim:
                ClaimAsync(engine.Claimer, engine.Options.Owner, claim, engine.Time.GetUtcNow()).PipeTo(Context.Parent, Self);
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private static async Task<object> ClaimAsync(IEventClaimer claimer, string owner, ClaimPending claim, DateTimeOffset now)
    {
        try
        {
            IReadOnlyList<Event> events = await claimer.ClaimPendingAsync(owner, claim.Slots, now, CancellationToken.None).ConfigureAwait(false);
            return new ClaimedEvents(events, claim.Slots, claim.Generation);
        }
        catch (Exception ex)
        {
            return new ClaimFailed(claim.Slots, ex);
        }
    }
}
