using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Tests.Support;

/// <summary>Behaves per hook name: throw, hang ignoring cancellation, wait for cancellation, or succeed.</summary>
internal sealed class ScriptedRunner : IHookRunner
{
    private readonly ManualResetEventSlim _releaseHung = new();

    public const string Throws = "throws";
    public const string HangsIgnoringCancellation = "hangs";
    public const string WaitsForCancellation = "waits";

    public void ReleaseHung() => _releaseHung.Set();

    public async ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, CancellationToken cancellationToken)
    {
        switch (hook.Name)
        {
            case Throws:
                throw new InvalidOperationException("the runner broke");
            case HangsIgnoringCancellation:
                // Blocks its execution thread on purpose, the way a stuck native call would.
                _releaseHung.Wait(TimeSpan.FromSeconds(30));
                return HookRunResult.Succeeded("too late");
            case WaitsForCancellation:
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return HookRunResult.Succeeded("unreachable");
            default:
                return HookRunResult.Succeeded("ok");
        }
    }
}
