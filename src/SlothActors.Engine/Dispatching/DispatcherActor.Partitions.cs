using System.Diagnostics;
using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Partitions;
using SlothActors.Events;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// Acceptance on the partitions' Akka journal: a chunk is
/// split by partition and each part journaled by its partition; once every part is durable the
/// chunk is projected into the read model (one write), then producers are acknowledged, so an
/// acknowledged event is at once found by a query (read-your-writes).
/// </summary>
internal sealed partial class DispatcherActor
{
    private static readonly TimeSpan PartitionRestartDelay = TimeSpan.FromSeconds(1);

    /// <summary>How often a partition not yet attached is asked again (the region buffers until its shard is allocated).</summary>
    private static readonly TimeSpan AttachRetry = TimeSpan.FromSeconds(1);

    private IActorRef?[] _partitions = [];
    private PartitionState[] _states = [];
    private int _attaching;
    private long _chunk;
    private List<Event> _taken = [];
    private readonly HashSet<int> _failedParts = [];
    private readonly HashSet<int> _chunkParts = [];
    private Dictionary<int, List<Event>> _chunkPartEvents = [];
    private readonly HashSet<int> _recovering = [];
    private long _startedAt;

    /// <summary>Where a partition is, as this dispatcher sees it.</summary>
    private enum PartitionState
    {
        /// <summary>Asked to attach (at start, or restarting after it stopped); chunks wait for it.</summary>
        Attaching,

        /// <summary>Answered; watched; chunks go to it directly.</summary>
        Attached,

        /// <summary>Stopped after a failed write; its parts of chunks fail until the restart timer asks it to attach again.</summary>
        Down,
    }

    /// <summary>
    /// The partitions are Cluster Sharding entities (<see cref="PartitionRegion"/>): each is asked
    /// to attach through the region, which starts it where its shard lives, and answers once recovered.
    /// </summary>
    private void StartPartitions()
    {
        _startedAt = _engine.Time.GetTimestamp();
        _partitions = new IActorRef?[_engine.Options.Partitions];
        _states = new PartitionState[_partitions.Length];
        _owned = new bool[_partitions.Length];
        _attaching = _partitions.Length;
        _recovering.UnionWith(Enumerable.Range(0, _partitions.Length));
        for (var p = 0; p < _partitions.Length; p++)
        {
            Attach(p);
        }

        Timers.StartPeriodicTimer(nameof(RetryAttach), RetryAttach.Instance, AttachRetry);
    }

    private void Attach(int partition) =>
        _engine.PartitionRegion!.Tell(PartitionMessageExtractor.To(partition, AttachPartition.Instance));

    private void OnRetryAttach()
    {
        for (var p = 0; p < _states.Length; p++)
        {
            if (_states[p] == PartitionState.Attaching)
            {
                Attach(p);
            }
        }
    }

    /// <summary>The restart timer of a partition that stopped: asking it to attach starts it again.</summary>
    private void StartPartition(int partition)
    {
        if (_states[partition] != PartitionState.Down || _shuttingDown)
        {
            return;
        }

        _states[partition] = PartitionState.Attaching;
        _attaching++;
        Attach(partition);
    }

    /// <summary>Sends each partition its part of the chunk; the chunk goes on when every part answered.</summary>
    private void PersistChunk(IReadOnlyList<Producer> chunk)
    {
        _chunk++;
        _taken = [];
        _failedParts.Clear();
        _chunkParts.Clear();
        var parts = ByPartition(chunk.SelectMany(static p => p.Dispatch.Events), static evt => evt.Id);
        _chunkParts.UnionWith(parts.Keys);
        _chunkPartEvents = parts;
        foreach (var (p, events) in parts)
        {
            if (_partitions[p] is { } partition)
            {
                partition.Tell(new PersistEvents(_chunk, events));
            }
            else
            {
                // Restarting after a failed write: this part fails, its producers retry.
                PartFailed(p);
            }
        }
    }

    private void OnEventsPersisted(EventsPersisted persisted)
    {
        if (persisted.Chunk != _chunk || !_chunkParts.Remove(persisted.Partition))
        {
            return;
        }

        _taken.AddRange(persisted.Taken);
        PartAnswered();
    }

    private void PartFailed(int partition)
    {
        if (!_chunkParts.Remove(partition))
        {
            return;
        }

        _failedParts.Add(partition);
        PartAnswered();
    }

    /// <summary>Once the last part answered, the chunk's journaled events are projected, in their producers' order.</summary>
    private void PartAnswered()
    {
        if (_chunkParts.Count == 0)
        {
            InChunkOrder();
            ProjectChunk();
        }
    }

    /// <summary>
    /// Writes the chunk's newly journaled events into the read model: those that fit the free
    /// capacity already processing (routed right after), the rest pending (the backlog). Older
    /// backlog goes first: while there is one, or partitions are still recovering, new events join it.
    /// </summary>
    private void ProjectChunk()
    {
        var free = _shuttingDown || HasBacklog ? 0 : Math.Max(FreeSlots, 0);
        var (claimed, pending) = ChunkWriter.ClaimFirst(_taken, free, RunsHere);
        Reserve(claimed.Count);
        ChunkWriter.WriteAsync(_engine.Appender, _engine.Options.Owner, _writingChunk, claimed, pending, claimed.Count).PipeTo(Self);
    }

    /// <summary>
    /// The chunk is durable and projected. Events the read model already held (a repeat of a
    /// finished event, or a row a previous version left) join the backlog, whose read-back runs
    /// only what is not finished. Producers with an event in a part that failed are told so.
    /// </summary>
    private void OnChunkProjected(AppendDone done, Dictionary<string, ActivityContext>? traces)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evt in done.Claimed)
        {
            inserted.Add(evt.Id);
        }

        foreach (var evt in done.Pending)
        {
            inserted.Add(evt.Id);
            if (RunsHere(evt.Id))
            {
                Enqueue(evt.Id, traces?.GetValueOrDefault(evt.Id) ?? default);
            }
        }

        foreach (var evt in _taken)
        {
            if (!inserted.Contains(evt.Id) && RunsHere(evt.Id))
            {
                Enqueue(evt.Id, traces?.GetValueOrDefault(evt.Id) ?? default);
            }
        }

        // Each partition hears which of its events are projected; one on another node passes
        // them on to its own node's dispatcher, which runs them.
        foreach (var (p, ids) in ByPartition(_taken, static evt => evt.Id))
        {
            _partitions[p]?.Tell(new ChunkProjected(ids.ConvertAll(static evt => evt.Id)));
        }

        _taken = [];
    }

    /// <summary>The parts come back in any order; events are routed in the order their producers sent them.</summary>
    private void InChunkOrder()
    {
        if (_taken.Count < 2)
        {
            return;
        }

        var taken = new Dictionary<string, Event>(_taken.Count, StringComparer.Ordinal);
        foreach (var evt in _taken)
        {
            taken[evt.Id] = evt;
        }

        var ordered = new List<Event>(_taken.Count);
        foreach (var producer in _writingChunk)
        {
            foreach (var evt in producer.Dispatch.Events)
            {
                if (taken.Remove(evt.Id, out var journaled))
                {
                    ordered.Add(journaled);
                }
            }
        }

        _taken = ordered;
    }

    private bool ProducerFailed(Producer producer)
    {
        if (_failedParts.Count == 0)
        {
            return false;
        }

        foreach (var evt in producer.Dispatch.Events)
        {
            if (_failedParts.Contains(PartitionOf.Id(evt.Id, _partitions.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The read model refused the chunk. Its events are durable and their partitions hold them,
    /// so a producer's retry would be acknowledged without a projection: retry the same write
    /// instead, and keep the producers waiting (the gate's bound turns a lasting failure into 503s).
    /// </summary>
    private void OnProjectionFailed(AppendFailed failed)
    {
        _reserved -= failed.Reserved;
        PartitionLog.ProjectionFailed(_engine.Log, _taken.Count, failed.Cause);
        Timers.StartSingleTimer(nameof(RetryProjection), RetryProjection.Instance, TimeSpan.FromSeconds(1));
    }

    /// <summary>A partition's journaled state, after each start: its unfinished events join the backlog.</summary>
    private void OnPartitionRecovered(PartitionRecovered recovered)
    {
        var p = recovered.Partition;
        if (_states[p] != PartitionState.Attaching)
        {
            return;
        }

        _states[p] = PartitionState.Attached;
        _attaching--;
        _partitions[p] = Context.Watch(Sender);

        // A partition on another node answers with nothing to run: its own node runs its events.
        _owned[p] = !Sender.Path.Address.HasGlobalScope;

        // The chunk's part that its previous incarnation never answered goes to this one. Writing
        // it again is safe: the partition takes no event it already holds, and hands back those
        // it holds but nobody projected yet (OnPersistEvents).
        if (_chunkParts.Contains(p) && _chunkPartEvents.TryGetValue(p, out var part))
        {
            Sender.Tell(new PersistEvents(_chunk, part));
        }
        ChunkWriter.ProjectRecoveredAsync(_engine.Appender, recovered).PipeTo(Self);
        TryWrite();
    }

    /// <summary>Without their rows a read-back would take the replayed events for deleted ones, so try again.</summary>
    private void OnRecoveredProjectionFailed(RecoveredProjectionFailed failed)
    {
        PartitionLog.ProjectionFailed(_engine.Log, failed.Recovered.Replayed.Count, failed.Cause);
        Timers.StartSingleTimer($"reproject-{failed.Recovered.Partition}", failed.Recovered, TimeSpan.FromSeconds(1));
    }

    private void OnRecoveredProjected(RecoveredProjected projected)
    {
        foreach (var id in projected.Recovered.Unfinished)
        {
            Enqueue(id);
        }

        if (projected.Recovered.Replayed.Count > 0)
        {
            _partitions[projected.Recovered.Partition]?.Tell(new ChunkProjected(projected.Recovered.Replayed.Select(static evt => evt.Id).ToList()));
        }

        _recovering.Remove(projected.Recovered.Partition);
        if (_recovering.Count == 0)
        {
            StartSweep();
        }

        TryReadBacklog();
        CheckDrained();
    }

    private void OnPartitionTerminated(int partition)
    {
        // A partition stops by itself after a failed write, or is handed off (a rebalance, a node
        // leaving), or its node is gone. Asked to attach again, it starts wherever its shard is now.
        var owned = _owned[partition];
        _partitions[partition] = null;
        _states[partition] = PartitionState.Down;
        _owned[partition] = false;
        _releasing.Remove(partition);
        if (_shuttingDown)
        {
            PartFailed(partition);
            return;
        }

        PartitionLog.Restarting(_engine.Log, partition);
        if (!owned)
        {
            // Handed off, or its node is gone: asked through the region at once, it starts where
            // its shard goes next (the region holds the message until then), and chunks wait for
            // it. A part of the chunk it did not answer is sent again to the new incarnation, so
            // a hand-off or a failover fails no producer.
            _states[partition] = PartitionState.Attaching;
            _attaching++;
            Attach(partition);
            return;
        }

        // Its unfinished events come back with it; the backlog waits for them (oldest first).
        _recovering.Add(partition);

        Timers.StartSingleTimer($"restart-partition-{partition}", new RestartPartition(partition), PartitionRestartDelay);

        PartFailed(partition);
    }

    /// <summary>Completion markers for finished events, to the partitions that hold them.</summary>
    private void Complete(IEnumerable<string> eventIds)
    {
        foreach (var (p, ids) in ByPartition(eventIds, static id => id))
        {
            _partitions[p]?.Tell(new CompleteEvents(ids));
        }
    }

    /// <summary>The items grouped by the partition of their event id, each group in the items' order.</summary>
    private Dictionary<int, List<T>> ByPartition<T>(IEnumerable<T> items, Func<T, string> eventId)
    {
        var parts = new Dictionary<int, List<T>>();
        foreach (var item in items)
        {
            var p = PartitionOf.Id(eventId(item), _partitions.Length);
            if (!parts.TryGetValue(p, out var part))
            {
                parts[p] = part = [];
            }

            part.Add(item);
        }

        return parts;
    }

    private int PartitionIndex(IActorRef actor) => Array.FindIndex(_partitions, p => actor.Equals(p));
}

/// <summary>The dispatcher's timer: write the chunk's projection again.</summary>
internal sealed class RetryProjection
{
    public static readonly RetryProjection Instance = new();
}

/// <summary>The dispatcher's timer: ask the partitions not yet attached again.</summary>
internal sealed class RetryAttach
{
    public static readonly RetryAttach Instance = new();
}

/// <summary>The dispatcher's timer: start a partition that stopped again.</summary>
internal sealed record RestartPartition(int Partition);

/// <summary>A recovered partition's replayed events are in the read model.</summary>
internal sealed record RecoveredProjected(PartitionRecovered Recovered);

internal sealed record RecoveredProjectionFailed(PartitionRecovered Recovered, Exception Cause);
