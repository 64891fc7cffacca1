using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Tests.Support;

/// <summary>Behaves per hook name: throw, hang ignoring cancellation, wait for cancellation, or succeed.</summary>
internal sealed class ScriptedRunner : IHookRunner
{
    private readonly ManualResetEventSlim _releaseHung = new();
    private int _hanging;
    private int _waiting;

    public const string Throws = "throws";
    public const string HangsIgnoringCancellation = "hangs";
    public const string WaitsForCancellation = "waits";

    /// <summary>Runs blocked in <see cref="HangsIgnoringCancellation"/> right now.</summary>
    public int Hanging => Volatile.Read(ref _hanging);

    /// <summary>Runs in <see cref="WaitsForCancellation"/> right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void ReleaseHung() => _releaseHung.Set();

    public async ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        switch (hook.Name)
        {
            case Throws:
                throw new InvalidOperationException("the runner broke");
            case HangsIgnoringCancellation:
                // Blocks its execution thread on purpose, the way a stuck native call would.
                Interlocked.Increment(ref _hanging);
                _releaseHung.Wait(TimeSpan.FromSeconds(30));
                Interlocked.Decrement(ref _hanging);
                return HookRunResult.Succeeded("too late");
            case WaitsForCancellation:
                Interlocked.Increment(ref _waiting);
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                    return HookRunResult.Succeeded("unreachable");
                }
                finally
                {
                    Interlocked.Decrement(ref _waiting);
                }
            default:
                return HookRunResult.Succeeded("ok");
        }
    }
}
