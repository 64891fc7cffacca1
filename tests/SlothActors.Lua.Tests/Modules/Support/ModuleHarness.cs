using SlothActors.Journal.Secrets;
using SlothActors.Journal.State;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>
/// A bare Lua state with one module installed on it, the way the runtime installs it, and a
/// context accessor holding one execution.
/// </summary>
internal sealed class ModuleHarness : IDisposable
{
    static ModuleHarness() => ThreadPoolHeadroom.Ensure();

    private ModuleHarness(NLua.Lua lua, HookServices services, TestContextAccessor accessor)
    {
        Lua = lua;
        Services = services;
        Accessor = accessor;
    }

    public NLua.Lua Lua { get; }

    public HookServices Services { get; }

    public TestContextAccessor Accessor { get; }

    public RecordingLogger Logger => (RecordingLogger)Services.Logger;

    public static ModuleHarness Create(
        IHookModule module,
        LuaRuntimeOptions? options = null,
        IStateStore? state = null,
        ISecretStore? secrets = null,
        TimeProvider? time = null,
        string? stack = "prod",
        TimeSpan? deadlineIn = null,
        CancellationToken cancellation = default)
    {
        var clock = time ?? TimeProvider.System;
        var services = new HookServices(
            state ?? new InMemoryStateStore(),
            secrets ?? new InMemorySecretStore(),
            new NoEventIngress(),
            clock,
            new RecordingLogger(),
            options ?? new LuaRuntimeOptions());
        var deadline = clock.GetUtcNow() + (deadlineIn ?? TimeSpan.FromSeconds(30));
        var accessor = new TestContextAccessor(TestContextAccessor.NewContext(stack, deadline, cancellation));
        var lua = new NLua.Lua();
        module.Install(lua, services, accessor);
        return new ModuleHarness(lua, services, accessor);
    }

    /// <summary>Runs a chunk and returns its results.</summary>
    public object[] Run(string chunk) => Lua.DoString(chunk);

    public object? Eval(string expression) => Lua.DoString("return " + expression).FirstOrDefault();

    /// <summary>Runs a chunk that must fail and returns the Lua error message as <c>pcall</c> sees it.</summary>
    public string Error(string chunk)
    {
        var results = Lua.DoString($"local ok, err = pcall(function() {chunk} end) return ok, err");
        ((bool)results[0]).ShouldBeFalse($"expected an error from: {chunk}");
        return results[1].ShouldBeOfType<string>();
    }

    public void Dispose() => Lua.Dispose();
}
