using Akka.Actor;
using SlothActors.Engine.Partitions;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// Which partitions this node runs. Every node's dispatcher journals the events it accepts in
/// whichever partition holds them, wherever Cluster Sharding put it; only the dispatcher on the
/// partition's own node (its owner) routes the partition's events to a worker pool. Events another
/// node journaled reach the owner as <see cref="RouteEvents"/>, through the partition.
/// </summary>
/// <remarks>
/// A partition handed off to another node (a rebalance, or this node leaving) is let go first:
/// its waiting events are dropped here, those running finish and their markers are sent, and
/// only then is it told <see cref="PartitionReleased"/> and stops. The node that takes it over
/// recovers it from its journal and runs the rest, so no event runs on both.
/// </remarks>
internal sealed partial class DispatcherActor
{
    private bool[] _owned = [];
    private readonly HashSet<int> _releasing = [];

    /// <summary>Whether this node runs the event's partition (see <see cref="RunsPartition"/>).</summary>
    private bool RunsHere(string eventId) => RunsPartition(PartitionOf.Id(eventId, _partitions.Length));

    /// <summary>Whether this node runs the partition's events: its owner, not letting go of it.</summary>
    private bool RunsPartition(int partition) => _owned[partition] && !_releasing.Contains(partition);

    private void OnRouteEvents(RouteEvents route)
    {
        if (!RunsPartition(route.Partition) || !Sender.Equals(_partitions[route.Partition]))
        {
            // From an incarnation this dispatcher no longer runs: the next owner finds the events unfinished.
            return;
        }

        foreach (var id in route.EventIds)
        {
            Enqueue(id);
        }

        TryReadBacklog();
    }

    /// <summary>Projected like a recovered partition's replayed events, then run (once: the backlog skips what runs or ran).</summary>
    private void OnStrandedEvents(StrandedEvents stranded)
    {
        if (!RunsPartition(stranded.Partition) || !Sender.Equals(_partitions[stranded.Partition]))
        {
            return;
        }

        PartitionLog.Stranded(_engine.Log, stranded.Partition, stranded.Events.Count);
        var ids = stranded.Events.Select(static evt => evt.Id).ToList();
        ChunkWriter.ProjectRecoveredAsync(_engine.Appender, new PartitionRecovered(stranded.Partition, ids, stranded.Events)).PipeTo(Self);
    }

    private void OnReleasePartition(ReleasePartition release)
    {
        var p = release.Partition;
        if (!Sender.Equals(_partitions[p]) || !_releasing.Add(p))
        {
            return;
        }

        var dropped = DropQueued(p);
        PartitionLog.Released(_engine.Log, p, dropped);
        TryRelease();
    }

    /// <summary>Takes the partition's ids out of the backlog; they stay unfinished in its journal.</summary>
    private int DropQueued(int partition)
    {
        var kept = new Queue<string>(_backlogIds.Count);
        var dropped = 0;
        while (_backlogIds.TryDequeue(out var id))
        {
            if (PartitionOf.Id(id, _partitions.Length) == partition)
            {
                _queued.Remove(id);
                _backlogTraces.Remove(id);
                dropped++;
            }
            else
            {
                kept.Enqueue(id);
            }
        }

        while (kept.TryDequeue(out var id))
        {
            _backlogIds.Enqueue(id);
        }

        return dropped;
    }

    /// <summary>
    /// Answers each partition letting go once none of its events runs here. A projection or a
    /// backlog read in flight routes none of its events when it lands (<see cref="RunsHere"/>).
    /// </summary>
    private void TryRelease()
    {
        if (_releasing.Count == 0)
        {
            return;
        }

        var running = new HashSet<int>();
        foreach (var id in _inFlight)
        {
            running.Add(PartitionOf.Id(id, _partitions.Length));
        }

        foreach (var p in _releasing.Where(p => !running.Contains(p)).ToList())
        {
            // After the completion markers this dispatcher sent it: one sender, one order.
            _partitions[p]?.Tell(PartitionReleased.Instance);
            _releasing.Remove(p);
            _owned[p] = false;
        }
    }
}
