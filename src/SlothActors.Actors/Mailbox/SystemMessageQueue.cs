namespace SlothActors.Actors;

/// <summary>
/// Multi-producer, single-consumer queue of system messages. Producers push onto a lock-free
/// stack; the consumer takes the whole stack at once and reverses it, so order per producer is kept.
/// It allocates nothing per message beyond the message, which keeps spawning actors cheap.
/// </summary>
internal sealed class SystemMessageQueue
{
    private SystemMessage? _incoming;

    // Consumer-owned, already in arrival order.
    private SystemMessage? _pending;

    public bool HasMessages => _pending is not null || Volatile.Read(ref _incoming) is not null;

    public void Push(SystemMessage message)
    {
        var head = Volatile.Read(ref _incoming);
        while (true)
        {
            message.Next = head;
            var seen = Interlocked.CompareExchange(ref _incoming, message, head);
            if (ReferenceEquals(seen, head))
            {
                return;
            }

            head = seen;
        }
    }

    public SystemMessage? TryDequeue()
    {
        if (_pending is null)
        {
            _pending = Reverse(Interlocked.Exchange(ref _incoming, null));
        }

        var message = _pending;
        if (message is not null)
        {
            _pending = message.Next;
            message.Next = null;
        }

        return message;
    }

    private static SystemMessage? Reverse(SystemMessage? head)
    {
        SystemMessage? reversed = null;
        while (head is not null)
        {
            var next = head.Next;
            head.Next = reversed;
            reversed = head;
            head = next;
        }

        return reversed;
    }
}
