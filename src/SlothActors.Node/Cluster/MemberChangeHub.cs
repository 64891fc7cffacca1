using System.Threading.Channels;

namespace SlothActors.Node.Cluster;

/// <summary>
/// Fans member changes out to the <c>/cluster/stream</c> subscribers. Each has a bounded queue;
/// one that falls that far behind loses its oldest changes rather than holding memory.
/// </summary>
public sealed class MemberChangeHub
{
    public const int MaxSubscribers = 64;
    private const int QueueLength = 256;
    private readonly Lock _gate = new();
    private readonly List<Channel<MemberChange>> _subscribers = [];

    /// <returns>Null when <see cref="MaxSubscribers"/> already listen.</returns>
    public ChannelReader<MemberChange>? Subscribe()
    {
        var channel = Channel.CreateBounded<MemberChange>(new BoundedChannelOptions(QueueLength)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            if (_subscribers.Count >= MaxSubscribers)
            {
                return null;
            }

            _subscribers.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<MemberChange> reader)
    {
        lock (_gate)
        {
            _subscribers.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Publish(IReadOnlyList<MemberChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        Channel<MemberChange>[] targets;
        lock (_gate)
        {
            targets = [.. _subscribers];
        }

        foreach (var target in targets)
        {
            foreach (var change in changes)
            {
                target.Writer.TryWrite(change);
            }
        }
    }
}
