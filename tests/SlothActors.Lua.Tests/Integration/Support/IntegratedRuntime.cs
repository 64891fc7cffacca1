using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Secrets;
using SlothActors.Journal.State;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Modules.Support;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Integration.Support;

/// <summary>
/// The real runner with every module (<see cref="HookModules.All"/>), the sandbox and the limits,
/// over the given stores; each execution runs on a dedicated thread.
/// </summary>
public sealed class IntegratedRuntime : IDisposable
{
    static IntegratedRuntime() => ThreadPoolHeadroom.Ensure();

    public IntegratedRuntime(LuaRuntimeOptions? options = null, IStateStore? state = null, ISecretStore? secrets = null)
    {
        Services = new HookServices(state ?? new InMemoryStateStore(), secrets ?? new InMemorySecretStore(), Ingress, TimeProvider.System, Logger,
            options ?? new LuaRuntimeOptions { VmsPerHook = 2 });
        Runner = new LuaHookRunner(Services, HookModules.All());
    }

    public RecordingIngress Ingress { get; } = new();

    public RecordingLogger Logger { get; } = new();

    public HookServices Services { get; }

    public LuaHookRunner Runner { get; }

    public Task<HookRunResult> RunAsync(HookDefinition hook, Event evt) =>
        DedicatedThread.Run(() => Runner.RunAsync(hook, evt, Hooks.TimeoutOf(hook), CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <summary>Runs a module-format hook whose execute body is <paramref name="body"/>.</summary>
    public Task<HookRunResult> RunBodyAsync(string body, string data = "{}", string? stack = null, TimeSpan? timeout = null) =>
        RunAsync(Hooks.Define(Hooks.Module(body), timeout: timeout), Hooks.Event(data, stack: stack));

    public void Dispose() => Runner.Dispose();
}
