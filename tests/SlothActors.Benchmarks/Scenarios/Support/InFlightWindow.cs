namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// Producer-side flow control: at most <c>limit</c> events sent and not yet finished. With a limit
/// below the engine's capacity, the offered load follows the engine's completion rate, so every
/// event takes the direct route (written claimed, then recorded) instead of the backlog's
/// pending-then-claimed route that an unbounded closed loop forces.
/// </summary>
internal sealed class InFlightWindow(int limit)
{
    private readonly Lock _lock = new();
    private readonly Queue<(int Count, TaskCompletionSource Entered)> _waiting = new();
    private int _inFlight;

    public Task EnterAsync(int count)
    {
        lock (_lock)
        {
            if (_waiting.Count == 0 && (_inFlight == 0 || _inFlight + count <= limit))
            {
                _inFlight += count;
                return Task.CompletedTask;
            }

            var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((count, entered));
            return entered.Task;
        }
    }

    public void Exit(int count)
    {
        lock (_lock)
        {
            _inFlight -= count;
            while (_waiting.TryPeek(out var next) && (_inFlight == 0 || _inFlight + next.Count <= limit))
            {
                _waiting.Dequeue();
                _inFlight += next.Count;
                next.Entered.SetResult();
            }
        }
    }
}
