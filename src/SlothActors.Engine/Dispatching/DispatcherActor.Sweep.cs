using Akka.Actor;
using SlothActors.Engine.Partitions;
using SlothActors.Events;
using SlothActors.Journal.Queries;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// The start-up sweep: once every partition has
/// recovered, every pending row of the read model is either in the backlog or unknown to the
/// partitions. An unknown one was accepted by a version that kept acceptance in the read model
/// (a data dir from before the Akka journal, or a node switched from the PostgreSQL claim path);
/// it is accepted again through the partitions, so it becomes durable in the Akka journal and
/// runs once. Routing waits for the sweep, so no pending row changes under its pages.
/// </summary>
internal sealed partial class DispatcherActor
{
    private const int SweepPage = EventQuery.MaxLimit;

    private bool _sweeping;
    private bool _swept;
    private long _sweepAfter;
    private int _sweepImported;

    private void StartSweep()
    {
        if (_swept)
        {
            return;
        }

        _swept = true;
        _sweeping = true;
        ReadSweepPage();
    }

    private void ReadSweepPage()
    {
        var (queries, after) = (_engine.Queries, _sweepAfter);
        QueryMessage.Of(
            () => queries.PendingIdsAsync(after, SweepPage, CancellationToken.None),
            pending => new SweepPageRead(pending),
            ex => new SweepFailed(ex)).PipeTo(Self);
    }

    private void ReadUnknown(List<string> ids, bool last)
    {
        var queries = _engine.Queries;
        QueryMessage.Of(
            () => queries.GetEventsAsync(ids, CancellationToken.None),
            events => new SweepUnknownRead(events, last),
            ex => new SweepFailed(ex)).PipeTo(Self);
    }

    private void OnSweepPageRead(SweepPageRead page)
    {
        var last = page.Pending.Count < SweepPage;
        if (page.Pending.Count > 0)
        {
            _sweepAfter = page.Pending[^1].Seq;
        }

        var unknown = new List<string>();
        foreach (var (_, id) in page.Pending)
        {
            if (!_queued.Contains(id) && !_inFlight.Contains(id))
            {
                unknown.Add(id);
            }
        }

        if (unknown.Count > 0)
        {
            ReadUnknown(unknown, last);
        }
        else if (last)
        {
            EndSweep();
        }
        else
        {
            ReadSweepPage();
        }
    }

    /// <summary>Rows no partition knows go through the partitions like a producer's events, acknowledged to nobody.</summary>
    private void OnSweepUnknownRead(SweepUnknownRead read)
    {
        if (read.Events.Count > 0)
        {
            _sweepImported += read.Events.Count;
            _unwritten.Enqueue(new Producer(new Dispatch(read.Events), ActorRefs.Nobody));
            TryWrite();
        }

        if (read.Last)
        {
            EndSweep();
        }
        else
        {
            ReadSweepPage();
        }
    }

    private void OnSweepFailed(SweepFailed failed)
    {
        PartitionLog.SweepFailed(_engine.Log, failed.Cause);
        EndSweep();
    }

    private void EndSweep()
    {
        _sweeping = false;
        if (_sweepImported > 0)
        {
            PartitionLog.Imported(_engine.Log, _sweepImported);
        }

        // From the dispatcher's start to a backlog ready to route: the recovery time an operator waits.
        PartitionLog.Recovered(_engine.Log, (long)_engine.Time.GetElapsedTime(_startedAt).TotalMilliseconds, _backlogIds.Count + _inFlight.Count, _sweepImported);

        TryReadBacklog();
        CheckDrained();
    }
}

/// <summary>A page of the read model's pending rows (position and id), in storage order.</summary>
internal sealed record SweepPageRead(IReadOnlyList<(long Seq, string Id)> Pending);

/// <summary>The payloads of a page's rows that no partition knows; <paramref name="Last"/> when it was the last page.</summary>
internal sealed record SweepUnknownRead(IReadOnlyList<Event> Events, bool Last);

internal sealed record SweepFailed(Exception Cause);
