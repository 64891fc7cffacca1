namespace SlothActors.Actors;

/// <summary>
/// Multi-producer, single-consumer FIFO of user messages: a linked list where a producer swaps
/// itself in as the tail with one atomic exchange and the consumer walks from the head without
/// any atomic operation. It costs one small node per message and nothing per actor beyond a stub
/// node, where a <see cref="System.Collections.Concurrent.ConcurrentQueue{T}"/> allocates a
/// 32-slot segment up front: most actors the engine spawns (one per hook run) see two messages.
/// </summary>
/// <remarks>
/// Between a producer's exchange and its link to the new node the queue looks empty to the
/// consumer; that is safe because the producer schedules the mailbox only after linking.
/// </remarks>
internal sealed class UserMessageQueue
{
    private Node _head;
    private Node _tail;

    public UserMessageQueue()
    {
        _head = new Node(null!, null);
        _tail = _head;
    }

    public bool IsEmpty => Volatile.Read(ref _head.Next) is null;

    public void Enqueue(object message, IActorRef? sender)
    {
        var node = new Node(message, sender);
        var previous = Interlocked.Exchange(ref _tail, node);
        Volatile.Write(ref previous.Next, node);
    }

    /// <summary>Consumer only.</summary>
    public bool TryDequeue(out Envelope envelope)
    {
        var next = Volatile.Read(ref _head.Next);
        if (next is null)
        {
            envelope = default;
            return false;
        }

        envelope = new Envelope(next.Message, next.Sender);

        // The taken node becomes the stub; dropping its payload lets the message be collected.
        next.Message = null!;
        next.Sender = null;
        _head = next;
        return true;
    }

    private sealed class Node(object message, IActorRef? sender)
    {
        public object Message = message;
        public IActorRef? Sender = sender;
        public Node? Next;
    }
}
