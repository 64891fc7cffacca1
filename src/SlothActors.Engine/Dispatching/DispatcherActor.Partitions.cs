using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Partitions;
using SlothActors.Events;

namespace SlothActors.Engine.Dispatching;

/// <summary>
/// Acceptance on the partitions' Akka journal (<see cref="AcceptanceJournal.Akka"/>): each
/// producer's events go at once to their partitions, which group-commit whatever arrives while
/// their previous write is in flight. A producer whose every part is durable waits for the read
/// model's projection (one write at a time, everything durable meanwhile in the next), and is
/// acknowledged after it, so an acknowledged event is at once found by a query (read-your-writes).
/// </summary>
internal sealed partial class DispatcherActor
{
    private static readonly TimeSpan PartitionRestartDelay = TimeSpan.FromSeconds(1);

    private IActorRef?[] _partitions = [];
    private long _nextProducer;
    private readonly Dictionary<long, PartitionedProducer> _persisting = [];
    private readonly Queue<PartitionedProducer> _durable = new();
    private List<PartitionedProducer> _projecting = [];
    private List<Event> _taken = [];
    private int _partitionsRecovering;
    private long _startedAt;

    private bool Partitioned => _engine.Options.Acceptance == AcceptanceJournal.Akka;

    private void StartPartitions()
    {
        _startedAt = _engine.Time.GetTimestamp();
        _partitions = new IActorRef?[_engine.Options.Partitions];
        _partitionsRecovering = _partitions.Length;
        for (var p = 0; p < _partitions.Length; p++)
        {
            StartPartition(p);
        }
    }

    private void StartPartition(int partition)
    {
        var engine = _engine;
        var props = Props.Create(() => new PartitionActor(partition, engine.Options.SnapshotEvery, engine.Log));
        _partitions[partition] = Context.Watch(Context.ActorOf(props, $"partition-{partition}"));
    }

    /// <summary>Hands a producer's events to their partitions.</summary>
    private void PersistProducer(Producer producer)
    {
        var id = ++_nextProducer;
        var pending = new PartitionedProducer(producer);
        var parts = new Dictionary<int, List<Event>>();
        foreach (var evt in producer.Dispatch.Events)
        {
            var p = PartitionOf.Id(evt.Id, _partitions.Length);
            if (!parts.TryGetValue(p, out var part))
            {
                parts[p] = part = [];
            }

            part.Add(evt);
        }

        foreach (var (p, events) in parts)
        {
            if (_partitions[p] is { } partition)
            {
                pending.PartsLeft.Add(p);
                partition.Tell(new PersistEvents(id, events));
            }
            else
            {
                // Restarting after a failed write: this part fails, its producer retries.
                pending.Failed = true;
            }
        }

        if (pending.PartsLeft.Count == 0)
        {
            Durable(pending);
        }
        else
        {
            _persisting[id] = pending;
        }
    }

    private void OnEventsPersisted(EventsPersisted persisted)
    {
        if (!_persisting.TryGetValue(persisted.Chunk, out var pending) || !pending.PartsLeft.Remove(persisted.Partition))
        {
            return;
        }

        pending.Taken.AddRange(persisted.Taken);
        if (pending.PartsLeft.Count == 0)
        {
            _persisting.Remove(persisted.Chunk);
            Durable(pending);
        }
    }

    /// <summary>Every part answered: the events no longer count against the gate's unwritten bound; the projection is next.</summary>
    private void Durable(PartitionedProducer pending)
    {
        _engine.Gate.Taken(pending.Producer.Entered);
        _durable.Enqueue(pending);
        TryProject();
    }

    /// <summary>One projection at a time: everything durable meanwhile, in the order it became durable (whole producers, up to <see cref="EngineOptions.MaxWriteBatch"/> events).</summary>
    private void TryProject()
    {
        if (_writing || _durable.Count == 0)
        {
            return;
        }

        var batch = new List<PartitionedProducer>();
        var events = 0;
        while (_durable.TryPeek(out var next) && (batch.Count == 0 || events + next.Producer.Dispatch.Events.Count <= _engine.Options.MaxWriteBatch))
        {
            batch.Add(_durable.Dequeue());
            events += next.Producer.Dispatch.Events.Count;
        }

        _writing = true;
        _projecting = batch;
        _writingChunk = batch.ConvertAll(static p => p.Producer);
        _taken = InProducerOrder(batch);
        ProjectChunk();
    }

    /// <summary>The parts come back in any order; events are routed in the order their producers sent them.</summary>
    private static List<Event> InProducerOrder(List<PartitionedProducer> batch)
    {
        var taken = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            foreach (var evt in pending.Taken)
            {
                taken[evt.Id] = evt;
            }
        }

        var ordered = new List<Event>(taken.Count);
        foreach (var pending in batch)
        {
            foreach (var evt in pending.Producer.Dispatch.Events)
            {
                if (taken.Remove(evt.Id, out var journaled))
                {
                    ordered.Add(journaled);
                }
            }
        }

        return ordered;
    }

    /// <summary>
    /// Writes the batch's newly journaled events into the read model: those that fit the free
    /// capacity already processing (routed right after), the rest pending (the backlog). Older
    /// backlog goes first: while there is one, or partitions are still recovering, new events join it.
    /// </summary>
    private void ProjectChunk()
    {
        var free = _shuttingDown || HasBacklog ? 0 : Math.Max(FreeSlots, 0);
        var direct = Math.Min(free, _taken.Count);
        Reserve(direct);
        var claimed = new List<Event>(direct);
        var pending = new List<Event>(_taken.Count - direct);
        foreach (var evt in _taken)
        {
            if (claimed.Count < direct)
            {
                claimed.Add(evt with { Status = EventStatus.Processing, Attempts = 1, ProcessedAt = null, Error = null });
            }
            else
            {
                pending.Add(AsPending(evt));
            }
        }

        ChunkWriter.WriteAsync(_engine.Appender, _engine.Options.Owner, _writingChunk, claimed, pending, direct).PipeTo(Self);
    }

    /// <summary>
    /// The batch is projected. Events the read model already held (a repeat of a finished event,
    /// or a row a previous version left) join the backlog, whose read-back runs only what is not
    /// finished. Each partition learns how many of its events are now projected (it snapshots
    /// only when none is waiting).
    /// </summary>
    private void OnChunkProjected(AppendDone done)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evt in done.Claimed)
        {
            inserted.Add(evt.Id);
        }

        foreach (var evt in done.Pending)
        {
            inserted.Add(evt.Id);
            Enqueue(evt.Id);
        }

        var projected = new int[_partitions.Length];
        foreach (var evt in _taken)
        {
            projected[PartitionOf.Id(evt.Id, _partitions.Length)]++;
            if (!inserted.Contains(evt.Id))
            {
                Enqueue(evt.Id);
            }
        }

        for (var p = 0; p < projected.Length; p++)
        {
            if (projected[p] > 0)
            {
                _partitions[p]?.Tell(new ChunkProjected(projected[p]));
            }
        }

        _taken = [];
    }

    /// <summary>Whether a producer of the batch just projected had a part whose journal write failed.</summary>
    private bool ProducerFailed(Producer producer)
    {
        foreach (var pending in _projecting)
        {
            if (ReferenceEquals(pending.Producer.Dispatch, producer.Dispatch))
            {
                return pending.Failed;
            }
        }

        return false;
    }

    /// <summary>
    /// The read model refused the batch. Its events are durable and their partitions hold them,
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
        ChunkWriter.ProjectRecoveredAsync(_engine.Appender, recovered).PipeTo(Self);
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
            _partitions[projected.Recovered.Partition]?.Tell(new ChunkProjected(projected.Recovered.Replayed.Count));
        }

        _partitionsRecovering = Math.Max(0, _partitionsRecovering - 1);
        if (_partitionsRecovering == 0)
        {
            StartSweep();
        }

        TryClaim();
        CheckDrained();
    }

    /// <summary>
    /// Only a partition that failed a write stops by itself (the dispatcher's own stop stops its
    /// children without delivering their Terminated here): the producers waiting on it fail, and
    /// it starts again a second later, recovering from its journal.
    /// </summary>
    private void OnPartitionTerminated(int partition)
    {
        _partitions[partition] = null;
        PartitionLog.Restarting(_engine.Log, partition);
        _partitionsRecovering++;
        Timers.StartSingleTimer($"restart-partition-{partition}", new RestartPartition(partition), PartitionRestartDelay);
        foreach (var (id, pending) in _persisting.ToList())
        {
            if (pending.PartsLeft.Remove(partition))
            {
                pending.Failed = true;
                if (pending.PartsLeft.Count == 0)
                {
                    _persisting.Remove(id);
                    Durable(pending);
                }
            }
        }
    }

    /// <summary>Completion markers for finished events, to the partitions that hold them.</summary>
    private void Complete(IEnumerable<string> eventIds)
    {
        if (!Partitioned)
        {
            return;
        }

        Dictionary<int, List<string>>? parts = null;
        foreach (var id in eventIds)
        {
            parts ??= [];
            var p = PartitionOf.Id(id, _partitions.Length);
            if (!parts.TryGetValue(p, out var part))
            {
                parts[p] = part = [];
            }

            part.Add(id);
        }

        if (parts is null)
        {
            return;
        }

        foreach (var (p, ids) in parts)
        {
            _partitions[p]?.Tell(new CompleteEvents(ids));
        }
    }

    /// <summary>Fails the producers still waiting for their partitions or their projection (the dispatcher stopped first).</summary>
    private void FailPartitioned(Status.Failure unavailable)
    {
        foreach (var pending in _persisting.Values)
        {
            _engine.Gate.Taken(pending.Producer.Entered);
            pending.Producer.ReplyTo.Tell(unavailable);
        }

        _persisting.Clear();
        while (_durable.TryDequeue(out var pending))
        {
            pending.Producer.ReplyTo.Tell(unavailable);
        }
    }

    private int PartitionIndex(IActorRef actor) => Array.FindIndex(_partitions, p => actor.Equals(p));

    /// <summary>A producer between its partitions and its projection.</summary>
    private sealed class PartitionedProducer(Producer producer)
    {
        public Producer Producer { get; } = producer;

        public HashSet<int> PartsLeft { get; } = [];

        public List<Event> Taken { get; } = [];

        public bool Failed { get; set; }
    }
}

/// <summary>The dispatcher's timer: write the batch's projection again.</summary>
internal sealed class RetryProjection
{
    public static readonly RetryProjection Instance = new();
}

/// <summary>The dispatcher's timer: start a partition that stopped again.</summary>
internal sealed record RestartPartition(int Partition);

/// <summary>A recovered partition's replayed events are in the read model.</summary>
internal sealed record RecoveredProjected(PartitionRecovered Recovered);

internal sealed record RecoveredProjectionFailed(PartitionRecovered Recovered, Exception Cause);
