namespace SlothActors.Engine.Execution;

/// <summary>
/// The hook threads' queue. Idle threads block on a monitor without spinning: with dozens of
/// threads on two cores, the spin-then-yield of channel and task waits burned more CPU than
/// the Lua hooks did (measured with perf, docs/performance.md).
/// </summary>
internal sealed class RunQueue
{
    private readonly Queue<HookRun> _runs = new();
    // A plain object, not System.Threading.Lock: the wait needs Monitor.Wait and Pulse.
    private readonly object _lock = new();
    private int _idle;
    private bool _closed;

    /// <returns>False once closed: the run was not queued.</returns>
    public bool TryAdd(HookRun run)
    {
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _runs.Enqueue(run);
            if (_idle > 0)
            {
                Monitor.Pulse(_lock);
            }

            return true;
        }
    }

    /// <summary>Blocks until a run is queued; after <see cref="Close"/> drains what is left, then returns false.</summary>
    public bool TryTake(out HookRun run)
    {
        lock (_lock)
        {
            while (_runs.Count == 0)
            {
                if (_closed)
                {
                    run = null!;
                    return false;
                }

                _idle++;
                Monitor.Wait(_lock);
                _idle--;
            }

            run = _runs.Dequeue();
            return true;
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            Monitor.PulseAll(_lock);
        }
    }
}
