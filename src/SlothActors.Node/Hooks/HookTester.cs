using System.Diagnostics;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Lua.Runtime;

namespace SlothActors.Node.Hooks;

/// <summary>
/// <c>POST /hooks/test</c>: runs a hook once on the node's runtime, outside the engine, so that
/// neither the event nor the execution is recorded. What the hook itself does (http, state,
/// event.dispatch) still happens.
/// </summary>
internal sealed class HookTester(LuaHookRunner runner, EngineOptions engine)
{
    /// <param name="transient">A script under test, not a registered hook: its warm VMs are dropped afterwards.</param>
    public async Task<(HookRunResult Result, long DurationMs)> RunAsync(HookDefinition hook, Event evt, bool transient, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            // The runner works synchronously on the calling thread: keep it off the request thread.
            var result = await Task.Run(() => runner.RunAsync(hook, evt, engine.TimeoutOf(hook), cancellationToken).AsTask(), cancellationToken).ConfigureAwait(false);
            return (result, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            if (transient)
            {
                runner.Evict(hook.Id);
            }
        }
    }
}
