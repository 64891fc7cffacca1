using SlothActors.Events.Hooks;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Runtime.Support;

/// <summary>A runner with the core modules, its test doubles, and helpers to run a script once.</summary>
public sealed class RuntimeFixture : IDisposable
{
    public RuntimeFixture(LuaRuntimeOptions? options = null, IEnumerable<IHookModule>? extraModules = null)
    {
        Services = new HookServices(new InMemoryStateStore(), new InMemorySecretStore(), Ingress, TimeProvider.System, Logger,
            options ?? new LuaRuntimeOptions { VmsPerHook = 4 });
        Runner = new LuaHookRunner(Services, HookModules.All().Concat(extraModules ?? []));
    }

    public RecordingIngress Ingress { get; } = new();

    public RecordingLogger Logger { get; } = new();

    public HookServices Services { get; }

    public LuaHookRunner Runner { get; }

    public HookRunResult Run(string script, string data = "{}", string? stack = null) =>
        Run(Hooks.Define(script), data, stack);

    public HookRunResult Run(HookDefinition hook, string data = "{}", string? stack = null) =>
        Runner.RunAsync(hook, Hooks.Event(data, stack: stack), Hooks.TimeoutOf(hook), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Runs a module-format hook whose execute body is <paramref name="body"/>.</summary>
    public HookRunResult RunBody(string body, string data = "{}") => Run(Hooks.Module(body), data);

    public void Dispose() => Runner.Dispose();
}
