using Akka.Actor;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Journal.Claiming;

namespace SlothActors.Engine.Fallback;

/// <summary>
/// Brings pending events back into processing: overflow beyond the capacity, events recovered
/// at start-up, retries that became due. It owns the atomic claim; the dispatcher, which owns the
/// capacity and the sweep's timer, decides when and how many to claim and routes what comes back.
/// </summary>
internal sealed class FallbackProcessorActor(EngineContext engine) : UntypedActor
{
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
