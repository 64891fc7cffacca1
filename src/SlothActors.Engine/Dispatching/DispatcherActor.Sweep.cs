using Akka.Actor;
using SlothActors.Engine.Partitions;
using SlothActors.Events;
using SlothActors.Journal.Queries;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// The start-up sweep under <see cref="Hosting.AcceptanceJournal.Akka"/>: once every partition has
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
    private int _sweepOffset;
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
        var query = new EventQuery { Status = EventStatus.Pending, Order = SortOrder.Ascending, Limit = SweepPage, Offset = _sweepOffset };
        ReadPageAsync(_engine.Queries, query).PipeTo(Self);
    }

    private static async Task<object> ReadPageAsync(IEventQueries queries, EventQuery query)
    {
        try
        {
            return new SweepPageRead(await queries.ListEventsAsync(query, CancellationToken.None).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            return new SweepFailed(ex);
        }
    }

    private void OnSweepPageRead(SweepPageRead page)
    {
        var unknown = new List<Event>();
        foreach (var evt in page.Events)
        {
            if (!_queued.Contains(evt.Id) && !_inFlight.Contains(evt.Id))
            {
                unknown.Add(evt);
            }
        }

        if (unknown.Count > 0)
        {
            _sweepImported += unknown.Count;
            _unwritten.Enqueue(new Producer(new Dispatch(unknown), ActorRefs.Nobody));
            TryWrite();
        }

        if (page.Events.Count == SweepPage)
        {
            _sweepOffset += SweepPage;
            ReadSweepPage();
            return;
        }

        EndSweep();
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

        TryClaim();
        CheckDrained();
    }
}

/// <summary>A page of the read model's pending rows, oldest first.</summary>
internal sealed record SweepPageRead(IReadOnlyList<Event> Events);

internal sealed record SweepFailed(Exception Cause);
