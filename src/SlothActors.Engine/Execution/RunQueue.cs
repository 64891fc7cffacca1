namespace SlothActors.Engine.Execution;

/// <summary>
/// The hook threads' queue. It keeps about one thread per core running hooks and lets the
/// others sleep: a run that finishes quickly (Lua is microseconds) is followed by the next on the
/// same thread instead of waking another one, which on two cores cost more CPU than the Lua
/// itself (futex wake-ups and context switches, measured with perf, docs/performance.md).
/// </summary>
/// <remarks>
/// A run that has been going for longer than <see cref="LongRun"/> is presumed blocked (http,
/// exec, a slow hook) and stops counting against the active threads, so blocked hooks never
/// starve the queue: a monitor looks every <see cref="LongRun"/> while runs wait and wakes a
/// sleeping thread for each presumed-blocked one. Idle threads block on a monitor, not a channel
/// or task wait, whose spin-then-yield burned CPU on dozens of idle threads.
/// </remarks>
internal sealed class RunQueue : IDisposable
{
    private static readonly TimeSpan LongRun = TimeSpan.FromMilliseconds(10);

    private readonly Queue<HookWork> _runs = new();
    // A plain object, not System.Threading.Lock: the wait needs Monitor.Wait and Pulse.
    private readonly object _lock = new();
    private readonly long[] _startedAt;
    private readonly int _activeTarget;
    private readonly Timer _monitor;
    private int _idle;
    private int _waking;
    private int _running;
    private bool _monitoring;
    private bool _closed;

    public RunQueue(int threads)
    {
        _startedAt = new long[threads];
        _activeTarget = Math.Min(threads, Environment.ProcessorCount);
        _monitor = new Timer(_ => OnMonitorTick(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <returns>False once closed: the run was not queued.</returns>
    public bool TryAdd(HookWork run)
    {
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _runs.Enqueue(run);
            WakeIfNeeded(ActiveTarget());
            return true;
        }
    }

    /// <summary>
    /// Called by hook thread <paramref name="slot"/> when it is free (its previous run, if any, is
    /// done). Blocks until it may take a run; after <see cref="Close"/> drains what is left, then
    /// returns false.
    /// </summary>
    public bool TryTake(int slot, out HookWork run)
    {
        lock (_lock)
        {
            if (_startedAt[slot] != 0)
            {
                _startedAt[slot] = 0;
                _running--;
            }

            while (_runs.Count == 0 || (!_closed && _running >= ActiveTarget()))
            {
                if (_closed && _runs.Count == 0)
                {
                    run = null!;
                    return false;
                }

                _idle++;
                Monitor.Wait(_lock);
                _idle--;
                if (_waking > 0)
                {
                    _waking--;
                }
            }

            run = _runs.Dequeue();
            _startedAt[slot] = Environment.TickCount64;
            _running++;

            // A burst queued while this thread slept may need a second thread.
            WakeIfNeeded(ActiveTarget());
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

    public void Dispose() => _monitor.Dispose();

    /// <summary>Threads that may run at once: one per core, plus one per run presumed blocked.</summary>
    private int ActiveTarget()
    {
        var longBefore = Environment.TickCount64 - (long)LongRun.TotalMilliseconds;
        var blocked = 0;
        foreach (var started in _startedAt)
        {
            if (started != 0 && started <= longBefore)
            {
                blocked++;
            }
        }

        return _activeTarget + blocked;
    }

    private void WakeIfNeeded(int target)
    {
        if (_runs.Count > _waking && _idle > _waking && _running + _waking < target)
        {
            _waking++;
            Monitor.Pulse(_lock);
        }
        else if (_runs.Count > _waking && !_monitoring)
        {
            // Held back: look again shortly in case the running threads are blocked.
            _monitoring = true;
            _monitor.Change(LongRun, LongRun);
        }
    }

    private void OnMonitorTick()
    {
        lock (_lock)
        {
            if (_runs.Count == 0 || _closed)
            {
                _monitoring = false;
                _monitor.Change(Timeout.Infinite, Timeout.Infinite);
                return;
            }

            var target = ActiveTarget();
            while (_runs.Count > _waking && _idle > _waking && _running + _waking < target)
            {
                _waking++;
                Monitor.Pulse(_lock);
            }
        }
    }
}
