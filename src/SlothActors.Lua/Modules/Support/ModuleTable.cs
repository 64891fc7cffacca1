using System.Runtime.CompilerServices;
using KeraLua;

namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// Builds a module's global table out of raw Lua C functions.
/// </summary>
/// <remarks>
/// A raw function never raises a Lua error itself: raising one from managed code means a
/// longjmp across .NET frames. It returns <c>true, results...</c> or <c>false, message</c>,
/// and a small Lua wrapper turns the latter into <c>error(message, 2)</c> (or into
/// <c>nil, message</c> for the legacy functions whose contract says so). The error is then
/// raised in Lua, points at the hook's line and is a plain string that <c>pcall</c> returns.
/// </remarks>
internal sealed class ModuleTable
{
    private const string WrapperFactories = """
        local error = error
        local function raise(ok, ...)
          if ok then return ... end
          error((...), 2)
        end
        local function soft(ok, ...)
          if ok then return ... end
          return nil, (...)
        end
        return function(impl) return function(...) return raise(impl(...)) end end,
               function(impl) return function(...) return soft(impl(...)) end end
        """;

    // The native state holds only raw pointers to these delegates; they must live as long as the VM.
    private static readonly ConditionalWeakTable<NLua.Lua, List<LuaFunction>> KeptAlive = new();

    private readonly NLua.Lua _lua;
    private readonly string _moduleName;
    private readonly List<(string Name, LuaFunction Raw, bool Soft)> _functions = [];

    private ModuleTable(NLua.Lua lua, string moduleName)
    {
        _lua = lua;
        _moduleName = moduleName;
    }

    public static ModuleTable For(NLua.Lua lua, string moduleName) => new(lua, moduleName);

    /// <summary>A function that raises a Lua error on failure.</summary>
    public ModuleTable Function(string name, ModuleFunction body)
    {
        _functions.Add((name, Wrap($"{_moduleName}.{name}", body), false));
        return this;
    }

    /// <summary>A legacy function that returns <c>nil, message</c> on failure.</summary>
    public ModuleTable SoftFunction(string name, ModuleFunction body)
    {
        _functions.Add((name, Wrap($"{_moduleName}.{name}", body), true));
        return this;
    }

    /// <summary>Sets the global table named after the module.</summary>
    public void Install()
    {
        var state = _lua.State;
        var top = state.GetTop();
        if (state.LoadString(WrapperFactories, "=" + _moduleName) != LuaStatus.OK)
        {
            var message = state.ToString(-1, false);
            state.SetTop(top);
            throw new InvalidOperationException($"Module {_moduleName}: wrapper chunk failed to load: {message}");
        }

        state.Call(0, 2);
        var raising = state.GetTop() - 1;
        var soft = state.GetTop();
        state.CreateTable(0, _functions.Count);
        var table = state.GetTop();
        var kept = KeptAlive.GetValue(_lua, _ => []);
        foreach (var (name, raw, isSoft) in _functions)
        {
            kept.Add(raw);
            state.PushCopy(isSoft ? soft : raising);
            state.PushCFunction(raw);
            state.Call(1, 1);
            state.SetField(table, name);
        }

        state.SetGlobal(_moduleName);
        state.SetTop(top);
    }

    private static LuaFunction Wrap(string qualifiedName, ModuleFunction body) => pointer =>
    {
        var state = KeraLua.Lua.FromIntPtr(pointer);
        var argumentCount = state.GetTop();
        var call = new LuaCall(state, qualifiedName, argumentCount);
        try
        {
            body(call);
            state.PushBoolean(true);
            state.Insert(argumentCount + 1);
            return call.ResultCount + 1;
        }
#pragma warning disable CA1031 // Every failure must become a Lua error value: an exception must never cross into native Lua.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            state.SetTop(argumentCount);
            state.PushBoolean(false);
            LuaStrings.Push(state, ModuleErrors.Describe(qualifiedName, ex));
            return 2;
        }
    };
}
