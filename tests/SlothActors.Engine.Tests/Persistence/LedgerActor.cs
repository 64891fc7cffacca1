using Akka.Actor;
using Akka.Persistence;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>
/// The smallest event-sourced actor that exercises what the engine will need from the plugin:
/// its state is the entries it persisted (in batches, with <c>PersistAll</c>) or recovered, and
/// it can compact itself (snapshot, then delete the journal up to the snapshot).
/// </summary>
internal sealed class LedgerActor : ReceivePersistentActor
{
    private readonly List<string> _entries = [];
    private IActorRef? _compactionRequester;

    public LedgerActor(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<string>(_entries.Add);
        Recover<SnapshotOffer>(offer =>
        {
            _entries.Clear();
            _entries.AddRange((string[])offer.Snapshot);
        });

        Command<Append>(append =>
        {
            var requester = Sender;
            var left = append.Entries.Count;
            PersistAll(append.Entries, entry =>
            {
                _entries.Add(entry);
                if (--left == 0)
                {
                    requester.Tell(new Appended(LastSequenceNr));
                }
            });
        });
        Command<Compact>(_ =>
        {
            _compactionRequester = Sender;
            SaveSnapshot(_entries.ToArray());
        });
        Command<SaveSnapshotSuccess>(saved => DeleteMessages(saved.Metadata.SequenceNr));
        Command<DeleteMessagesSuccess>(deleted => _compactionRequester?.Tell(new Compacted(deleted.ToSequenceNr)));
        Command<SaveSnapshotFailure>(failed => _compactionRequester?.Tell(new Status.Failure(failed.Cause)));
        Command<DeleteMessagesFailure>(failed => _compactionRequester?.Tell(new Status.Failure(failed.Cause)));
        Command<GetEntries>(_ => Sender.Tell(new Entries(_entries.ToArray(), LastSequenceNr)));
    }

    public override string PersistenceId { get; }

    public static Props Props(string persistenceId) => Akka.Actor.Props.Create(() => new LedgerActor(persistenceId));

    /// <summary>Persist these, in one atomic write; answered with <see cref="Appended"/> once all are stored.</summary>
    public sealed record Append(IReadOnlyList<string> Entries);

    public sealed record Appended(long LastSequenceNr);

    /// <summary>Snapshot the state, then delete the journal up to it; answered with <see cref="Compacted"/>.</summary>
    public sealed record Compact;

    public sealed record Compacted(long UpToSequenceNr);

    public sealed record GetEntries;

    public sealed record Entries(IReadOnlyList<string> Items, long LastSequenceNr);

    // A failed write answers the asker at once with its cause, rather than a bare ask timeout.
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        Sender.Tell(new Status.Failure(cause));
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        Sender.Tell(new Status.Failure(cause));
        base.OnPersistRejected(cause, @event, sequenceNr);
    }
}
