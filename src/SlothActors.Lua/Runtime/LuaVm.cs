using System.Reflection;
using System.Runtime.InteropServices;
using KeraLua;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Limits;

namespace SlothActors.Lua.Runtime;

/// <summary>
/// One sandboxed Lua state holding one compiled hook. Not thread-safe: the pool hands it to one
/// execution at a time. Partial files: creation here, host functions, executions.
/// </summary>
internal sealed unsafe partial class LuaVm : IDisposable
{
    private static readonly byte[] SandboxScript = ReadSandboxScript();

    private readonly KeraLua.Lua _state;
    private readonly NLua.Lua _nlua;
    private readonly MemoryBudget* _budget;
    private readonly ExecutionLimits _limits;
    private readonly HookContextAccessor _accessor = new();
    private readonly int _runRef;
    private readonly int _inspectRef;
    private readonly int _compileRef;
    private bool _disposed;

    /// <exception cref="InvalidOperationException">The sandbox or a module failed to install.</exception>
    public LuaVm(LuaVmSetup setup)
    {
        _budget = (MemoryBudget*)NativeMemory.AllocZeroed((nuint)sizeof(MemoryBudget));
        _budget->Limit = setup.Options.MemoryLimitBytes;
        _budget->HardLimit = setup.Options.MemoryLimitBytes + Math.Max(setup.Options.MemoryLimitBytes, 16L * 1024 * 1024) + LuaJsonLimits.MaxBytes * 4L;
        _budget->HostDepth = 1;
        _limits = new ExecutionLimits(_budget, setup.TickInterval);

        _state = new KeraLua.Lua(CappedAllocator.Delegate, (IntPtr)_budget);
        try
        {
            _state.OpenLibs();
            // NLua's constructor expects this table and panics without it.
            _state.NewTable();
            _state.SetGlobal("luanet");
            _nlua = new NLua.Lua(_state);

            var runtime = RunSandbox();
            _runRef = RefField(runtime, "run");
            _inspectRef = RefField(runtime, "inspect");
            _compileRef = RefField(runtime, "compile");
            InstallModules(setup, runtime);
            _state.Pop(1);
        }
        catch
        {
            _state.Close();
            NativeMemory.Free(_budget);
            throw;
        }
    }

    /// <summary>Bytes the state holds now (for tests and diagnostics).</summary>
    public long MemoryUsed => _budget->Used;

    /// <summary>Compiles the hook's text; returns Lua's syntax error (chunk name and line) or null.</summary>
    public string? Compile(string script, string chunkName)
    {
        _state.RawGetInteger(LuaRegistry.Index, _compileRef);
        NativeLua.Push(_state, script);
        NativeLua.Push(_state, "@" + chunkName);
        var status = _state.PCall(2, 1, 0);
        var error = _state.IsString(-1) ? _state.ToString(-1) : null;
        _state.Pop(1);
        return status == LuaStatus.OK ? error : "cannot compile the hook: " + error;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _nlua.Dispose();
        // NLua leaves a state it did not create open; Close is a no-op if it did close it.
        _state.Close();
        NativeMemory.Free(_budget);
    }

    private int RunSandbox()
    {
        if (_state.LoadBuffer(SandboxScript, "=sandbox", "t") != LuaStatus.OK)
        {
            throw new InvalidOperationException("sandbox script does not compile: " + _state.ToString(-1));
        }

        PushHostTable();
        if (_state.PCall(1, 1, 0) != LuaStatus.OK)
        {
            throw new InvalidOperationException("sandbox script failed: " + _state.ToString(-1));
        }

        return _state.GetTop();
    }

    private void InstallModules(LuaVmSetup setup, int runtime)
    {
        foreach (var module in setup.Modules)
        {
            module.Install(_nlua, setup.Services, _accessor);
        }

        _state.GetField(runtime, "finish");
        foreach (var module in setup.Modules)
        {
            NativeLua.Push(_state, module.Name);
        }

        if (_state.PCall(setup.Modules.Count, 0, 0) != LuaStatus.OK)
        {
            throw new InvalidOperationException("installing the modules failed: " + _state.ToString(-1));
        }
    }

    private int RefField(int table, string name)
    {
        _state.GetField(table, name);
        return _state.Ref(LuaRegistry.Index);
    }

    private static byte[] ReadSandboxScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SlothActors.Lua.Sandbox.sandbox.lua")
            ?? throw new InvalidOperationException("the sandbox script is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
