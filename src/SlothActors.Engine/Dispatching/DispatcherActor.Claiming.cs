using Akka.Actor;
using SlothActors.Engine.Fallback;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Processing;

namespace SlothActors.Engine.Dispatching;

internal sealed partial class DispatcherActor
{
    // Start-up recovery may have returned events to pending, so assume a backlog until a claim says otherwise.
    private bool _backlog = true;
    private bool _probe;
    private bool _claiming;

    // Bumped whenever events are known to have become pending, so a claim's result can tell
    // whether it saw all of them.
    private long _pendingGeneration;

    private void MarkBacklog()
    {
        _backlog = true;
        _pendingGeneration++;
    }

    private void OnPendingAppeared(PendingAppeared appeared)
    {
        if (appeared.Count > 0)
        {
            MarkBacklog();
        }

        TryClaim();
    }

    /// <summary>A periodic look for pending events (retries that became due, anything missed).</summary>
    private void OnFallbackTick()
    {
        _probe = true;
        TryClaim();
    }

    /// <summary>
    /// One claim at a time, sized to the free slots: claims batch the way group commit does, so a
    /// backlog drains at pool speed.
    /// </summary>
    private void TryClaim()
    {
        if (Partitioned)
        {
            TryReadBacklog();
            return;
        }

        if (_claiming || _shuttingDown || !(_backlog || _probe))
        {
            return;
        }

        var slots = Math.Min(FreeSlots, _engine.Options.MaxWriteBatch);
        if (slots <= 0)
        {
            return;
        }

        _probe = false;
        _claiming = true;
        Reserve(slots);
        _fallback.Tell(new ClaimPending(slots, _pendingGeneration));
    }

    private void OnClaimed(ClaimedEvents claimed)
    {
        _claiming = false;
        _reserved -= claimed.Requested;
        _claimedByFallback += claimed.Events.Count;
        foreach (var evt in claimed.Events)
        {
            // Claimed events are processing in the journal even during shutdown, so they are
            // routed and either finish or are released with the rest of the in-flight set.
            if (_inFlight.Add(evt.Id))
            {
                _pool.Tell(new ProcessEvent(evt));
            }
        }

        if (claimed.Events.Count == claimed.Requested)
        {
            _backlog = true;
        }
        else
        {
            // The journal held fewer pending events than free slots, so new events may take the
            // direct route again. Events written pending after this claim was issued are not
            // covered by it: one more claim picks them up.
            _backlog = false;
            _probe |= claimed.Generation != _pendingGeneration;
        }

        AssertInvariants();
        TryClaim();
        CheckDrained();
    }

    private void OnClaimFailed(ClaimFailed failed)
    {
        _claiming = false;
        _reserved -= failed.Requested;
        EngineLog.ClaimFailed(_engine.Log, failed.Cause);
        CheckDrained();
    }
}
