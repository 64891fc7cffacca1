using System.Threading.Channels;

namespace SlothActors.Client.Delivery;

/// <summary>
/// Collects queued events into batches: a batch leaves when it holds <c>batchSize</c> events or
/// when <c>batchTimeout</c> has passed since its first event, whichever comes first. Completing
/// the queue flushes the rest and ends the loop. The flush callback must not throw.
/// </summary>
internal sealed class EventBatcher
{
    private readonly Channel<OutgoingEvent> _queue;
    private readonly int _batchSize;
    private readonly TimeSpan _batchTimeout;
    private readonly TimeProvider _time;
    private readonly Func<IReadOnlyList<OutgoingEvent>, CancellationToken, Task> _flush;
    private readonly CancellationTokenSource _abort = new();
    private readonly Task _loop;

    public EventBatcher(int batchSize, TimeSpan batchTimeout, int capacity, TimeProvider time, Func<IReadOnlyList<OutgoingEvent>, CancellationToken, Task> flush)
    {
        _queue = Channel.CreateBounded<OutgoingEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _batchSize = batchSize;
        _batchTimeout = batchTimeout;
        _time = time;
        _flush = flush;
        _loop = Task.Run(RunAsync);
    }

    public int Queued => _queue.Reader.Count;

    /// <summary>False when the queue is full or completed; the caller reports the event dropped.</summary>
    public bool TryEnqueue(OutgoingEvent outgoing) => _queue.Writer.TryWrite(outgoing);

    /// <summary>Flushes everything queued. Cancelling makes the remaining flushes give up at once (they log and count).</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        using var registration = cancellationToken.Register(() => _abort.Cancel());
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<OutgoingEvent>(_batchSize);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await FillAsync(reader, batch).ConfigureAwait(false);
            if (batch.Count > 0)
            {
                await _flush(batch.ToArray(), _abort.Token).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    private async Task FillAsync(ChannelReader<OutgoingEvent> reader, List<OutgoingEvent> batch)
    {
        using var window = new CancellationTokenSource(_batchTimeout, _time);
        while (batch.Count < _batchSize)
        {
            if (reader.TryRead(out var outgoing))
            {
                batch.Add(outgoing);
                continue;
            }

            try
            {
                if (!await reader.WaitToReadAsync(window.Token).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (window.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
