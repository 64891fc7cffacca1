using Akka.Actor;
using Akka.Persistence;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;
using SlothActors.Events;

namespace SlothActors.Engine.Partitions;

/// <summary>
/// One dispatcher partition (persistence id <c>dispatch-{p}</c>): acceptance is its journal
/// write. It keeps the ids of its unfinished events (accepted, not yet completed) and nothing
/// else; payloads live in its journal until a snapshot, and in the read model.
/// </summary>
/// <remarks>
/// The journal stays bounded: completion markers are persisted in batches, and once the events
/// journaled since the last snapshot outnumber both <see cref="EngineOptions.SnapshotEvery"/> and
/// the unfinished set, the partition snapshots its unfinished ids and deletes the journal below
/// the snapshot. A snapshot is taken only while no write is in flight and every accepted event
/// is projected, so no event exists only in deleted journal rows.
/// Writes use <c>PersistAsync</c>: the dispatcher sends one <see cref="PersistEvents"/> at a time
/// per partition, so nothing needs stashing, and completion markers never hold up acceptance.
/// </remarks>
internal sealed class PartitionActor : ReceivePersistentActor
{
    private readonly int _partition;
    private readonly int _snapshotEvery;
    private readonly ILogger _log;

    // Id -> acceptance order, so snapshots and recovery can hand back the oldest first.
    private readonly Dictionary<string, long> _unfinished = new(StringComparer.Ordinal);
    private readonly List<string> _toComplete = [];
    private readonly HashSet<string> _completing = new(StringComparer.Ordinal);
    private readonly List<IActorRef> _idleWaiters = [];
    private Dictionary<string, Event>? _replayed = new(StringComparer.Ordinal);
    private long _order;
    private long _sinceSnapshot;
    private bool _accepting;
    private bool _writingMarkers;
    private bool _projected = true;
    private bool _snapshotting;

    public PartitionActor(int partition, int snapshotEvery, ILogger log)
    {
        _partition = partition;
        _snapshotEvery = snapshotEvery;
        _log = log;
        PersistenceId = PartitionOf.PersistenceId(partition);

        Recover<SnapshotOffer>(offer => LoadSnapshot((PartitionSnapshot)offer.Snapshot));
        Recover<EventsAccepted>(ReplayAccepted);
        Recover<EventsCompleted>(ReplayCompleted);
        Recover<RecoveryCompleted>(_ => AnnounceRecovered());

        Command<PersistEvents>(OnPersistEvents);
        Command<ChunkProjected>(_ =>
        {
            _projected = true;
            MaybeSnapshot();
        });
        Command<CompleteEvents>(OnCompleteEvents);
        Command<AwaitPartitionIdle>(_ =>
        {
            _idleWaiters.Add(Sender);
            ReplyIfIdle();
        });
        Command<SaveSnapshotSuccess>(OnSnapshotSaved);
        Command<SaveSnapshotFailure>(failure =>
        {
            _snapshotting = false;
            PartitionLog.SnapshotFailed(_log, _partition, failure.Cause);
        });
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(failure => PartitionLog.DeleteFailed(_log, _partition, failure.Cause));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(failure => PartitionLog.DeleteFailed(_log, _partition, failure.Cause));
    }

    public override string PersistenceId { get; }

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        // Akka stops the partition: whether the write landed is unknown. The dispatcher restarts
        // it, and recovery then knows.
        PartitionLog.PersistFailed(_log, _partition, sequenceNr, cause);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    private void LoadSnapshot(PartitionSnapshot snapshot)
    {
        foreach (var id in snapshot.Unfinished)
        {
            _unfinished[id] = _order++;
        }
    }

    private void ReplayAccepted(EventsAccepted accepted)
    {
        foreach (var evt in accepted.Events)
        {
            _unfinished[evt.Id] = _order++;
            _replayed![evt.Id] = evt;
        }

        _sinceSnapshot += accepted.Events.Count;
    }

    private void ReplayCompleted(EventsCompleted completed)
    {
        foreach (var id in completed.EventIds)
        {
            _unfinished.Remove(id);
            _replayed!.Remove(id);
        }

        _sinceSnapshot += completed.EventIds.Count;
    }

    private void AnnounceRecovered()
    {
        var replayed = _replayed!;
        _replayed = null;
        var unfinished = OldestFirst();
        var payloads = new List<Event>(replayed.Count);
        foreach (var id in unfinished)
        {
            if (replayed.TryGetValue(id, out var evt))
            {
                payloads.Add(evt);
            }
        }

        Context.Parent.Tell(new PartitionRecovered(_partition, unfinished, payloads));
    }

    private void OnPersistEvents(PersistEvents persist)
    {
        var taken = new List<Event>(persist.Events.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evt in persist.Events)
        {
            if (!_unfinished.ContainsKey(evt.Id) && seen.Add(evt.Id))
            {
                taken.Add(evt);
            }
        }

        var replyTo = Sender;
        if (taken.Count == 0)
        {
            replyTo.Tell(new EventsPersisted(persist.Chunk, _partition, taken));
            return;
        }

        _accepting = true;
        _projected = false;
        PersistAsync(new EventsAccepted(taken), accepted =>
        {
            foreach (var evt in accepted.Events)
            {
                _unfinished[evt.Id] = _order++;
            }

            _accepting = false;
            _sinceSnapshot += accepted.Events.Count;
            replyTo.Tell(new EventsPersisted(persist.Chunk, _partition, accepted.Events));
        });
    }

    private void OnCompleteEvents(CompleteEvents complete)
    {
        foreach (var id in complete.EventIds)
        {
            if (_unfinished.ContainsKey(id) && _completing.Add(id))
            {
                _toComplete.Add(id);
            }
        }

        WriteMarkers();
    }

    /// <summary>Group commit for completion markers: one write at a time, everything that arrived meanwhile in the next.</summary>
    private void WriteMarkers()
    {
        if (_writingMarkers || _toComplete.Count == 0)
        {
            ReplyIfIdle();
            return;
        }

        _writingMarkers = true;
        var batch = _toComplete.ToArray();
        _toComplete.Clear();
        PersistAsync(new EventsCompleted(batch), completed =>
        {
            foreach (var id in completed.EventIds)
            {
                _unfinished.Remove(id);
                _completing.Remove(id);
            }

            _writingMarkers = false;
            _sinceSnapshot += completed.EventIds.Count;
            MaybeSnapshot();
            WriteMarkers();
        });
    }

    private void MaybeSnapshot()
    {
        if (_snapshotting || _accepting || _writingMarkers || !_projected || _sinceSnapshot < Math.Max(_snapshotEvery, _unfinished.Count))
        {
            return;
        }

        _snapshotting = true;
        _sinceSnapshot = 0;
        SaveSnapshot(new PartitionSnapshot(OldestFirst()));
    }

    private void OnSnapshotSaved(SaveSnapshotSuccess saved)
    {
        _snapshotting = false;

        // Everything up to the snapshot is in it: the journal below it and older snapshots go.
        DeleteMessages(saved.Metadata.SequenceNr);
        DeleteSnapshots(new SnapshotSelectionCriteria(saved.Metadata.SequenceNr - 1));
    }

    private void ReplyIfIdle()
    {
        if (_idleWaiters.Count == 0 || _writingMarkers || _toComplete.Count > 0)
        {
            return;
        }

        foreach (var waiter in _idleWaiters)
        {
            waiter.Tell(PartitionIdle.Instance);
        }

        _idleWaiters.Clear();
    }

    private List<string> OldestFirst()
    {
        var ids = new List<KeyValuePair<string, long>>(_unfinished);
        ids.Sort(static (a, b) => a.Value.CompareTo(b.Value));
        return ids.ConvertAll(static pair => pair.Key);
    }
}
