using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Tests.Support;

/// <summary>Every run blocks until <see cref="Open"/>; counts how many run at once.</summary>
internal sealed class GatedRunner : IHookRunner
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _lock = new();
    private int _running;

    public int Started { get; private set; }

    public int MaxConcurrent { get; private set; }

    public int Running
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    public void Open() => _gate.TrySetResult();

    public async ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _running++;
            Started++;
            MaxConcurrent = Math.Max(MaxConcurrent, _running);
        }

        try
        {
            await _gate.Task;
            return HookRunResult.Succeeded("released");
        }
        finally
        {
            lock (_lock)
            {
                _running--;
            }
        }
    }
}
