using SlothActors.Actors;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>
/// Runs hooks on a bounded set of dedicated threads, never on the actor threads, so a hook
/// that blocks (http, exec) never stalls dispatching or other actors. A thread runs one hook at
/// a time and waits for an asynchronous runner, so the thread count bounds concurrent hooks.
/// </summary>
/// <remarks>
/// The queue is unbounded on purpose: what feeds it is bounded by the engine's capacity (events
/// in flight) times the hooks that match one event.
/// </remarks>
internal sealed partial class ExecutionScheduler : IDisposable
{
    private readonly RunQueue _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly IHookRunner _runner;
    private readonly TimeProvider _time;
    private readonly TimeSpan _defaultTimeout;
    private readonly TimeSpan _margin;
    private int _hung;

    public ExecutionScheduler(IHookRunner runner, EngineOptions options, TimeProvider time)
    {
        _runner = runner;
        _time = time;
        _defaultTimeout = options.DefaultHookTimeout;
        _margin = options.TimeoutMargin;
        _queue = new RunQueue(options.ExecutionThreads);
        for (var i = 0; i < options.ExecutionThreads; i++)
        {
            var slot = i;
            new Thread(() => Loop(slot)) { IsBackground = true, Name = $"sloth-hooks-{i}" }.Start();
        }
    }

    /// <summary>Runners still running after the watchdog gave up on them; each holds a thread.</summary>
    public int Hung => Volatile.Read(ref _hung);

    /// <summary>
    /// Queues a run; exactly one <see cref="Processing.HookExecuted"/> reaches <paramref name="replyTo"/>
    /// for it. Never throws: every failure, exception and timeout arrives as a failed execution.
    /// </summary>
    public void Run(HookDefinition hook, Event evt, IActorRef replyTo)
    {
        var run = new HookRun(hook, evt, replyTo);
        if (!_queue.TryAdd(run))
        {
            run.TryFinish(ExecutionRecords.Failed(hook, evt, "not run: the engine is shutting down", TimeSpan.Zero, _time.GetUtcNow()));
        }
    }

    /// <summary>Cancels running hooks and refuses new ones; queued runs complete as not run.</summary>
    public void Dispose()
    {
        _queue.Close();
        _queue.Dispose();
        _stopping.Cancel();
    }

    private void Loop(int slot)
    {
        while (_queue.TryTake(slot, out var run))
        {
            Execute(run);
        }
    }
}
