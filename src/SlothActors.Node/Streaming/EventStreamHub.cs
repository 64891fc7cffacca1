using SlothActors.Events;

namespace SlothActors.Node.Streaming;

/// <summary>
/// Fans newly accepted events out to the <c>/events/stream</c> subscribers. Publishing runs on
/// the engine's thread, so it only offers each event to bounded queues and never waits.
/// </summary>
public sealed class EventStreamHub
{
    public const int DefaultQueueCapacity = 1024;
    public const int DefaultMaxSubscribers = 256;

    private readonly Lock _gate = new();
    private readonly int _queueCapacity;
    private readonly int _maxSubscribers;
    private StreamSubscriber[] _subscribers = [];

    public EventStreamHub()
        : this(DefaultQueueCapacity, DefaultMaxSubscribers)
    {
    }

    public EventStreamHub(int queueCapacity, int maxSubscribers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(queueCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSubscribers, 1);
        _queueCapacity = queueCapacity;
        _maxSubscribers = maxSubscribers;
    }

    public int Count => Volatile.Read(ref _subscribers).Length;

    /// <returns>Null when the node already serves its maximum of subscribers.</returns>
    public StreamSubscriber? Subscribe(StreamFilter filter)
    {
        lock (_gate)
        {
            if (_subscribers.Length >= _maxSubscribers)
            {
                return null;
            }

            var subscriber = new StreamSubscriber(filter, _queueCapacity);
            Volatile.Write(ref _subscribers, [.. _subscribers, subscriber]);
            return subscriber;
        }
    }

    public void Unsubscribe(StreamSubscriber subscriber)
    {
        lock (_gate)
        {
            Volatile.Write(ref _subscribers, _subscribers.Where(s => !ReferenceEquals(s, subscriber)).ToArray());
        }
    }

    public void Publish(IReadOnlyList<Event> events)
    {
        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length == 0)
        {
            return;
        }

        foreach (var evt in events)
        {
            foreach (var subscriber in subscribers)
            {
                if (subscriber.Filter.Matches(evt))
                {
                    subscriber.Offer(evt);
                }
            }
        }
    }
}
