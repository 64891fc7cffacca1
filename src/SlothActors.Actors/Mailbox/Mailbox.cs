using System.Collections.Concurrent;

namespace SlothActors.Actors;

/// <summary>
/// The queues of one actor and the rule for who runs it.
/// <list type="bullet">
/// <item>One atomic idle/busy flag: whoever flips it to busy schedules the single run.</item>
/// <item>System messages drain before user messages.</item>
/// <item>A run handles at most <c>throughput</c> messages, then yields the thread.</item>
/// <item>User messages wait while the actor is suspended (failed, restarting, stopping).</item>
/// </list>
/// </summary>
internal sealed class Mailbox : IThreadPoolWorkItem
{
    private const int Idle = 0;
    private const int Busy = 1;

    private readonly ConcurrentQueue<Envelope> _user = new();
    private readonly SystemMessageQueue _system = new();
    private readonly IWorkDispatcher _dispatcher;
    private readonly int _throughput;
    private ActorCell _cell = null!;
    private int _status;
    private volatile bool _closed;

    public Mailbox(IWorkDispatcher dispatcher, int throughput)
    {
        _dispatcher = dispatcher;
        _throughput = throughput;
    }

    /// <summary>Written and read only during this mailbox's own run.</summary>
    public bool Suspended { get; set; }

    public bool IsClosed => _closed;

    public void Attach(ActorCell cell) => _cell = cell;

    public void PostUser(object message, IActorRef? sender)
    {
        if (_closed)
        {
            _cell.System.DeadLetterOffice.Publish(message, sender, _cell.SelfRef);
            return;
        }

        _user.Enqueue(new Envelope(message, sender));
        TrySchedule();
    }

    public void PostSystem(SystemMessage message)
    {
        // Even after close: a late Watch must still be answered with a death notice.
        _system.Push(message);
        TrySchedule();
    }

    /// <summary>Called by the cell once it stopped; later user messages go to dead letters.</summary>
    public void Close() => _closed = true;

    public void Execute()
    {
        try
        {
            Run();
        }
        finally
        {
            // Full fence: a producer that enqueued before this write either sees Idle and
            // schedules, or its message is visible to the check below.
            Interlocked.Exchange(ref _status, Idle);
            if (HasWork())
            {
                TrySchedule();
            }
        }
    }

    private void TrySchedule()
    {
        if (Interlocked.CompareExchange(ref _status, Busy, Idle) == Idle)
        {
            _dispatcher.Schedule(this);
        }
    }

    private bool HasWork() =>
        _system.HasMessages || ((!Suspended || _closed) && !_user.IsEmpty);

    private void Run()
    {
        for (var processed = 0; processed < _throughput; processed++)
        {
            var system = _system.TryDequeue();
            if (system is not null)
            {
                _cell.InvokeSystem(system);
                continue;
            }

            if (_closed)
            {
                DrainToDeadLetters();
                return;
            }

            if (Suspended || !_user.TryDequeue(out var envelope))
            {
                return;
            }

            _cell.InvokeUser(envelope);
        }
    }

    private void DrainToDeadLetters()
    {
        var office = _cell.System.DeadLetterOffice;
        while (_user.TryDequeue(out var envelope))
        {
            office.Publish(envelope.Message, envelope.Sender, _cell.SelfRef);
        }
    }
}
