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
/// Writes use <c>PersistAsync</c>, with the partition's own group commit (one accepted write in
/// flight, the rest buffered), so nothing needs stashing and completion markers never hold up
/// acceptance.
/// </remarks>
internal sealed class PartitionActor : ReceivePersistentActor, IWithTimers
{
    /// <summary>
    /// Completion markers wait this long, or for <see cref="MarkerBatch"/> ids, before they are
    /// written: a journal write costs the same for one id as for a thousand, and a marker is
    /// not needed for safety (an outcome is in the read model before its marker is asked for,
    /// so a lost one costs a read-back at the next start, never a second run).
    /// </summary>
    internal static readonly TimeSpan MarkerDelay = TimeSpan.FromMilliseconds(200);

    internal const int MarkerBatch = 1000;

    /// <summary>How often the partition looks for journaled events whose projection never came.</summary>
    internal static readonly TimeSpan StrandedCheck = TimeSpan.FromSeconds(10);

    private readonly int _partition;
    private readonly int _snapshotEvery;
    private readonly ILogger _log;

    // Id -> acceptance order, so snapshots and recovery can hand back the oldest first.
    private readonly Dictionary<string, long> _unfinished = new(StringComparer.Ordinal);
    private readonly List<string> _toComplete = [];
    private readonly HashSet<string> _completing = new(StringComparer.Ordinal);
    private readonly List<IActorRef> _idleWaiters = [];

    // Journaled events whose projection into the read model no dispatcher has confirmed yet
    // (replayed, or just accepted): the owner is handed their payloads when it attaches.
    private readonly Dictionary<string, Event> _unprojected = new(StringComparer.Ordinal);

    // Unprojected at the last stranded check: those still so at the next are handed to the owner.
    private HashSet<string> _unprojectedAtLastCheck = new(StringComparer.Ordinal);
    private long _order;
    private long _sinceSnapshot;
    private bool _accepting;
    private bool _writingMarkers;
    private readonly List<(PersistEvents Request, IActorRef ReplyTo)> _waiting = [];
    private bool _snapshotting;
    private HandOff _handOff;
    private IActorRef? _owner;

    /// <summary>Where a hand-off is (<see cref="HandOffPartition"/>).</summary>
    private enum HandOff
    {
        None,

        /// <summary>The owner was asked to let go; it still runs some of the partition's events.</summary>
        Releasing,

        /// <summary>Nothing runs any more: stop once the last writes are done.</summary>
        Stopping,
    }

    public PartitionActor(int partition, int snapshotEvery, ILogger log)
    {
        _partition = partition;
        _snapshotEvery = snapshotEvery;
        _log = log;
        PersistenceId = PartitionOf.PersistenceId(partition);

        Recover<SnapshotOffer>(offer => LoadSnapshot((PartitionSnapshot)offer.Snapshot));
        Recover<EventsAccepted>(ReplayAccepted);
        Recover<EventsCompleted>(ReplayCompleted);
        Recover<RecoveryCompleted>(_ => Timers.StartPeriodicTimer(nameof(CheckStranded), CheckStranded.Instance, StrandedCheck));

        Command<AttachPartition>(_ => OnAttach());
        Command<PersistEvents>(OnPersistEvents);
        Command<ChunkProjected>(OnChunkProjected);
        Command<HandOffPartition>(_ => OnHandOff());
        Command<PartitionReleased>(_ => OnReleased());
        Command<Terminated>(OnTerminated);
        Command<CheckStranded>(_ => OnCheckStranded());
        Command<CompleteEvents>(OnCompleteEvents);
        Command<FlushMarkers>(_ => WriteMarkers());
        Command<AwaitPartitionIdle>(_ =>
        {
            _idleWaiters.Add(Sender);
            WriteMarkers();
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

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        // Akka stops the partition: whether the write landed is unknown. The dispatcher restarts
        // it, and recovery then knows.
        PartitionLog.PersistFailed(_log, _partition, sequenceNr, cause);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        // Nothing was written (the payload could not be serialized), but the write's handler will
        // never run: stop, so the dispatcher fails the producers waiting on it and restarts us.
        PartitionLog.PersistFailed(_log, _partition, sequenceNr, cause);
        base.OnPersistRejected(cause, @event, sequenceNr);
        Context.Stop(Self);
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
            _unprojected[evt.Id] = evt;
        }

        _sinceSnapshot += accepted.Events.Count;
    }

    private void ReplayCompleted(EventsCompleted completed)
    {
        foreach (var id in completed.EventIds)
        {
            _unfinished.Remove(id);
            _unprojected.Remove(id);
        }

        _sinceSnapshot += completed.EventIds.Count;
    }

    /// <summary>
    /// Commands wait in the stash while the partition recovers, so this runs once it has. The
    /// dispatcher on this partition's node is its owner and runs its events; one on another node
    /// only journals events here.
    /// </summary>
    private void OnAttach()
    {
        if (Sender.Path.Address.HasGlobalScope)
        {
            Sender.Tell(new PartitionRecovered(_partition, [], []));
        }
        else if (_owner is null)
        {
            _owner = Context.Watch(Sender);
            var unfinished = OldestFirst();
            Sender.Tell(new PartitionRecovered(_partition, unfinished, Unprojected(unfinished)));
        }
        else if (!_owner.Equals(Sender))
        {
            PartitionLog.NewDispatcher(_log, _partition);
            Context.Stop(Self);
        }
    }

    /// <summary>
    /// The read model has these events. Those another node's dispatcher journaled are this node's
    /// to run: the owner is told, or finds them among the unfinished when it attaches.
    /// </summary>
    private void OnChunkProjected(ChunkProjected projected)
    {
        List<string>? toRoute = null;
        var fromOwner = Sender.Equals(_owner);
        foreach (var id in projected.EventIds)
        {
            _unprojected.Remove(id);
            if (!fromOwner && _unfinished.ContainsKey(id))
            {
                (toRoute ??= []).Add(id);
            }
        }

        if (toRoute is not null && _owner is not null && _handOff == HandOff.None)
        {
            _owner.Tell(new RouteEvents(_partition, toRoute));
        }

        MaybeSnapshot();
    }

    /// <summary>
    /// Events journaled for a dispatcher that never confirmed their projection (its node died
    /// between the two, and no producer retried them elsewhere) would wait here until the
    /// partition restarts: after a check interval the owner projects and runs them instead.
    /// A projection merely slow is harmless to repeat (the read model keeps the first row and
    /// the owner runs an event once).
    /// </summary>
    private void OnCheckStranded()
    {
        List<Event>? stranded = null;
        foreach (var id in _unprojectedAtLastCheck)
        {
            if (_unprojected.TryGetValue(id, out var evt) && _unfinished.ContainsKey(id))
            {
                (stranded ??= []).Add(evt);
            }
        }

        if (stranded is not null && _owner is not null && _handOff == HandOff.None)
        {
            _owner.Tell(new StrandedEvents(_partition, stranded));
        }

        _unprojectedAtLastCheck = new HashSet<string>(_unprojected.Keys, StringComparer.Ordinal);
    }

    /// <summary>Sharding hands the partition off: the owner lets go first, so no event runs on two nodes.</summary>
    private void OnHandOff()
    {
        if (_handOff != HandOff.None)
        {
            return;
        }

        PartitionLog.HandingOff(_log, _partition, _owner is not null);
        if (_owner is null)
        {
            StopWhenWritten();
            return;
        }

        _handOff = HandOff.Releasing;
        _owner.Tell(new ReleasePartition(_partition));
    }

    private void OnReleased()
    {
        if (_handOff == HandOff.Releasing)
        {
            StopWhenWritten();
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        if (!terminated.ActorRef.Equals(_owner))
        {
            return;
        }

        // The engine on this node stopped: the next one to attach is the owner.
        _owner = null;
        if (_handOff == HandOff.Releasing)
        {
            StopWhenWritten();
        }
    }

    private void StopWhenWritten()
    {
        _handOff = HandOff.Stopping;
        WriteMarkers();
        StopIfDone();
    }

    private void StopIfDone()
    {
        if (_handOff == HandOff.Stopping && !_accepting && !_writingMarkers && _toComplete.Count == 0)
        {
            Context.Stop(Self);
        }
    }

    private void OnPersistEvents(PersistEvents persist)
    {
        _waiting.Add((persist, Sender));
        WriteAccepted();
    }

    /// <summary>
    /// Group commit: one accepted write at a time, and everything that arrived meanwhile in the
    /// next, as one journal entry; each request is answered with its own part once it is durable.
    /// </summary>
    private void WriteAccepted()
    {
        if (_accepting || _waiting.Count == 0)
        {
            return;
        }

        var requests = _waiting.ToArray();
        _waiting.Clear();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<Event>();
        var taken = new List<Event>[requests.Length];
        for (var i = 0; i < requests.Length; i++)
        {
            taken[i] = [];
            foreach (var evt in requests[i].Request.Events)
            {
                if (!seen.Add(evt.Id))
                {
                    continue;
                }

                if (!_unfinished.ContainsKey(evt.Id))
                {
                    taken[i].Add(evt);
                    all.Add(evt);
                }
                else if (_unprojected.TryGetValue(evt.Id, out var journaled))
                {
                    // Journaled for a dispatcher that has not projected it (it may have died
                    // between the two): this one projects it, as it would a new event.
                    taken[i].Add(journaled);
                }
            }
        }

        if (all.Count == 0)
        {
            Answer(requests, taken);
            return;
        }

        _accepting = true;
        PersistAsync(new EventsAccepted(all), accepted =>
        {
            foreach (var evt in accepted.Events)
            {
                _unfinished[evt.Id] = _order++;
                _unprojected[evt.Id] = evt;
            }

            _accepting = false;
            _sinceSnapshot += accepted.Events.Count;
            Answer(requests, taken);
            WriteAccepted();
            StopIfDone();
        });
    }

    private void Answer((PersistEvents Request, IActorRef ReplyTo)[] requests, List<Event>[] taken)
    {
        for (var i = 0; i < requests.Length; i++)
        {
            requests[i].ReplyTo.Tell(new EventsPersisted(requests[i].Request.Chunk, _partition, taken[i]));
        }
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

        if (_toComplete.Count >= MarkerBatch)
        {
            WriteMarkers();
        }
        else if (_toComplete.Count > 0 && !Timers.IsTimerActive(nameof(FlushMarkers)))
        {
            Timers.StartSingleTimer(nameof(FlushMarkers), FlushMarkers.Instance, MarkerDelay);
        }
    }

    /// <summary>Group commit for completion markers: one write at a time, everything that arrived meanwhile in the next.</summary>
    private void WriteMarkers()
    {
        if (_writingMarkers || _toComplete.Count == 0)
        {
            ReplyIfIdle();
            StopIfDone();
            return;
        }

        Timers.Cancel(nameof(FlushMarkers));
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
            if (_toComplete.Count >= MarkerBatch || _idleWaiters.Count > 0 || _handOff == HandOff.Stopping)
            {
                WriteMarkers();
            }
            else if (_toComplete.Count > 0)
            {
                Timers.StartSingleTimer(nameof(FlushMarkers), FlushMarkers.Instance, MarkerDelay);
            }
        });
    }

    private void MaybeSnapshot()
    {
        if (_snapshotting || _accepting || _writingMarkers || _handOff != HandOff.None || _unprojected.Count > 0 || _sinceSnapshot < Math.Max(_snapshotEvery, _unfinished.Count))
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

    /// <summary>The payloads of those of <paramref name="ids"/> not yet projected, in their order.</summary>
    private List<Event> Unprojected(List<string> ids)
    {
        var events = new List<Event>(_unprojected.Count);
        foreach (var id in ids)
        {
            if (_unprojected.TryGetValue(id, out var evt))
            {
                events.Add(evt);
            }
        }

        return events;
    }

    private List<string> OldestFirst()
    {
        var ids = new List<KeyValuePair<string, long>>(_unfinished);
        ids.Sort(static (a, b) => a.Value.CompareTo(b.Value));
        return ids.ConvertAll(static pair => pair.Key);
    }
}

/// <summary>The partition's timer: write the completion markers waiting.</summary>
internal sealed class FlushMarkers
{
    public static readonly FlushMarkers Instance = new();
}

/// <summary>The partition's timer: look for stranded events (<see cref="StrandedEvents"/>).</summary>
internal sealed class CheckStranded
{
    public static readonly CheckStranded Instance = new();
}
