namespace SlothActors.Engine.Execution;

/// <summary>
/// The dedicated threads that run hooks, never the actor threads, so a hook that blocks (http,
/// exec) never stalls dispatching or other actors. A thread runs one <see cref="HookWork"/> at a
/// time; the thread count bounds concurrent hooks.
/// </summary>
/// <remarks>
/// The executors own their runs (deadline, result, failure); this only runs them. Akka's
/// dispatchers run actors, not work items that must stay cancellable while their actor remains
/// responsive, and <see cref="RunQueue"/> keeps about one thread per core busy (measured in
/// docs/performance.md), so the pool stays ours. The queue is unbounded on purpose: what feeds it
/// is bounded by the engine's capacity times the hooks that match one event.
/// </remarks>
internal sealed class HookThreads : IDisposable
{
    private readonly RunQueue _queue;
    private readonly CancellationTokenSource _stopping = new();
    private int _hung;

    public HookThreads(int threads)
    {
        _queue = new RunQueue(threads);
        for (var i = 0; i < threads; i++)
        {
            var slot = i;
            new Thread(() => Loop(slot)) { IsBackground = true, Name = $"sloth-hooks-{i}" }.Start();
        }
    }

    /// <summary>Cancelled when the engine stops: runs still going are asked to end.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Runs still going after their executor gave up on them; each holds a thread.</summary>
    public int Hung => Volatile.Read(ref _hung);

    /// <returns>False once stopped: the work was not queued and will never run.</returns>
    public bool TryPost(HookWork work) => _queue.TryAdd(work);

    /// <summary>Refuses new work, cancels what runs; queued work still runs and sees the cancellation.</summary>
    public void Dispose()
    {
        _queue.Close();
        _queue.Dispose();
        _stopping.Cancel();
    }

    internal void Abandoned() => Interlocked.Increment(ref _hung);

    internal void AbandonedReturned() => Interlocked.Decrement(ref _hung);

    private void Loop(int slot)
    {
        while (_queue.TryTake(slot, out var work))
        {
            work.Execute();
        }
    }
}
