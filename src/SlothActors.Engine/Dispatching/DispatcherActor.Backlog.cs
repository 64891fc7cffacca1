using System.Diagnostics;
using Akka.Actor;
using SlothActors.Engine.Partitions;
using SlothActors.Engine.Processing;
using SlothActors.Events;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// The backlog: events accepted beyond the
/// free capacity (or recovered by a partition) are kept as ids only, oldest first, and their
/// payloads are read back from the read model when slots free up. Routing them writes nothing:
/// the backlog costs no extra writes. A producer's span (tracing on) is kept beside its ids, so
/// the event's trace goes on from its request; an event recovered after a restart has none.
/// </summary>
internal sealed partial class DispatcherActor
{
    private readonly Queue<string> _backlogIds = new();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivityContext> _backlogTraces = new(StringComparer.Ordinal);
    private bool _readingBacklog;

    private bool HasBacklog => _backlogIds.Count > 0 || _readingBacklog || _recovering.Count > 0 || _sweeping;

    private void Enqueue(string eventId, ActivityContext trace = default)
    {
        if (!_inFlight.Contains(eventId) && _queued.Add(eventId))
        {
            _backlogIds.Enqueue(eventId);
            if (trace != default)
            {
                _backlogTraces[eventId] = trace;
            }
        }
    }

    /// <summary>One read at a time, sized to the free slots, like the claims it replaces.</summary>
    private void TryReadBacklog()
    {
        // Not while a partition recovers or the sweep runs: both need the backlog's ids to stay put.
        if (_readingBacklog || _shuttingDown || _backlogIds.Count == 0 || _recovering.Count > 0 || _sweeping)
        {
            return;
        }

        var slots = Math.Min(FreeSlots, _engine.Options.MaxWriteBatch);
        if (slots <= 0)
        {
            return;
        }

        var ids = new List<string>(Math.Min(slots, _backlogIds.Count));
        while (ids.Count < slots && _backlogIds.TryDequeue(out var id))
        {
            _queued.Remove(id);
            if (!_inFlight.Contains(id))
            {
                ids.Add(id);
            }
            else
            {
                _backlogTraces.Remove(id);
            }
        }

        if (ids.Count == 0)
        {
            return;
        }

        _readingBacklog = true;
        Reserve(ids.Count);
        var queries = _engine.Queries;
        QueryMessage.Of(
            () => queries.GetEventsAsync(ids, CancellationToken.None),
            events => new BacklogRead(ids, events),
            ex => new BacklogReadFailed(ids, ex)).PipeTo(Self);
    }

    /// <summary>
    /// Routes what is still to run. An event the read model holds finished (its outcome was
    /// recorded before a crash lost its completion marker, or it repeats a finished event) or
    /// no longer holds (deleted by an operator) is only marked complete: it never runs twice.
    /// </summary>
    private void OnBacklogRead(BacklogRead read)
    {
        _readingBacklog = false;
        _reserved -= read.Requested.Count;
        var found = new Dictionary<string, Event>(read.Events.Count, StringComparer.Ordinal);
        foreach (var evt in read.Events)
        {
            found[evt.Id] = evt;
        }

        List<string>? finished = null;
        foreach (var id in read.Requested)
        {
            _backlogTraces.Remove(id, out var trace);
            if (!RunsHere(id))
            {
                // Its partition is being handed off: the node that takes it over runs it.
                continue;
            }

            if (found.TryGetValue(id, out var evt) && evt.Status is EventStatus.Pending or EventStatus.Processing)
            {
                if (_inFlight.Add(id))
                {
                    _claimedByFallback++;
                    _pool.Tell(new ProcessEvent(evt with { Status = EventStatus.Processing, Attempts = evt.Attempts + 1 }, trace));
                }
            }
            else
            {
                (finished ??= []).Add(id);
            }
        }

        if (finished is not null)
        {
            Complete(finished);
        }

        AssertInvariants();
        TryRelease();
        TryReadBacklog();
        CheckDrained();
    }

    private void OnBacklogReadFailed(BacklogReadFailed failed)
    {
        _readingBacklog = false;
        _reserved -= failed.Requested.Count;
        PartitionLog.BacklogReadFailed(_engine.Log, failed.Requested.Count, failed.Cause);
        foreach (var id in failed.Requested.Where(RunsHere))
        {
            Enqueue(id);
        }

        TryRelease();
        CheckDrained();
    }
}

/// <summary>The read model's rows for a backlog read (an id without a row is left out).</summary>
internal sealed record BacklogRead(IReadOnlyList<string> Requested, IReadOnlyList<Event> Events);

internal sealed record BacklogReadFailed(IReadOnlyList<string> Requested, Exception Cause);
