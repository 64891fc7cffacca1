using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

internal sealed partial class ExecutionScheduler
{
    private void Execute(HookRun run)
    {
        var hook = run.Hook;
        var executedAt = _time.GetUtcNow();
        if (_stopping.IsCancellationRequested)
        {
            run.TryFinish(ExecutionRecords.Failed(hook, run.Event, "not run: the engine is shutting down", TimeSpan.Zero, executedAt));
            return;
        }

        var timeout = hook.Timeout ?? _defaultTimeout;
        var started = _time.GetTimestamp();
        using var deadline = new CancellationTokenSource(timeout, _time);
        ITimer? watchdog = null;

        // The watchdog's timer exists only for runs that reached their deadline, so the common
        // path pays for one timer, not two.
        using var armWatchdog = deadline.Token.UnsafeRegister(
            _ => watchdog = _time.CreateTimer(_ => GiveUp(run, timeout, started), null, _margin, Timeout.InfiniteTimeSpan),
            null);

        var result = Invoke(run, timeout, deadline.Token);
        armWatchdog.Dispose();
        watchdog?.Dispose();
        var execution = ExecutionRecords.From(hook, run.Event, result, _time.GetElapsedTime(started), executedAt);
        if (!run.TryFinish(execution))
        {
            Interlocked.Decrement(ref _hung);
        }
    }

    private HookRunResult Invoke(HookRun run, TimeSpan timeout, CancellationToken deadline)
    {
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline, _stopping.Token);
            var pending = _runner.RunAsync(run.Hook, run.Event, linked.Token);
            return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return HookRunResult.Failed(ExecutionRecords.TimedOut(run.Hook, timeout));
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return HookRunResult.Failed("cancelled: the engine is shutting down");
        }
        catch (Exception ex)
        {
            return HookRunResult.Failed($"hook runner failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void GiveUp(HookRun run, TimeSpan timeout, long started)
    {
        var timedOut = ExecutionRecords.Failed(
            run.Hook, run.Event, ExecutionRecords.TimedOut(run.Hook, timeout), _time.GetElapsedTime(started), _time.GetUtcNow());
        if (run.TryAbandon(timedOut))
        {
            Interlocked.Increment(ref _hung);
        }
    }
}
