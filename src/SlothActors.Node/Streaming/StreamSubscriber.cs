using System.Threading.Channels;
using SlothActors.Events;

namespace SlothActors.Node.Streaming;

/// <summary>
/// One stream client's queue. It is bounded: a client that cannot keep up is dropped (its
/// <see cref="Dropped"/> token fires) rather than letting its backlog grow inside the node.
/// </summary>
public sealed class StreamSubscriber : IDisposable
{
    private readonly Channel<Event> _queue;
    private readonly CancellationTokenSource _dropped = new();

    internal StreamSubscriber(StreamFilter filter, int capacity)
    {
        Filter = filter;
        _queue = Channel.CreateBounded<Event>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails when full, which is the signal to drop
        });
    }

    public StreamFilter Filter { get; }

    public ChannelReader<Event> Events => _queue.Reader;

    /// <summary>Fires when the node gave up on this client because its queue was full.</summary>
    public CancellationToken Dropped => _dropped.Token;

    internal void Offer(Event evt)
    {
        if (!_queue.Writer.TryWrite(evt) && !_dropped.IsCancellationRequested)
        {
            _queue.Writer.TryComplete();
            _dropped.Cancel();
        }
    }

    // The token source is left to the GC: a publisher holding an older subscriber list may still offer to it.
    public void Dispose() => _queue.Writer.TryComplete();
}
