using KeraLua;

namespace SlothActors.Lua.Interop;

/// <summary>
/// Builds a module's global table out of <see cref="ModuleFunction"/>s: the one way every
/// module (core or not) defines its functions.
/// </summary>
/// <remarks>
/// Each function is a native entry (<see cref="NativeFunctions"/>) answering <c>true, results...</c>
/// or <c>false, message</c>, behind a small Lua wrapper that turns the latter into
/// <c>error(message, 2)</c> (or into <c>nil, message</c> for the legacy functions whose contract
/// says so). The error is raised in Lua, points at the hook's line and is a plain string that
/// <c>pcall</c> returns. The wrappers are Lua closures, so a script never reaches a .NET object.
/// </remarks>
internal sealed class ModuleTable
{
    private const string WrappersKey = "sloth.module_wrappers";

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
        return {
          raise = function(impl) return function(...) return raise(impl(...)) end end,
          soft = function(impl) return function(...) return soft(impl(...)) end end,
        }
        """;

    private readonly KeraLua.Lua _state;
    private readonly string _moduleName;
    private readonly List<(string Name, ModuleFunction Body, bool Soft)> _functions = [];

    private ModuleTable(KeraLua.Lua state, string moduleName)
    {
        _state = state;
        _moduleName = moduleName;
    }

    public static ModuleTable For(NLua.Lua lua, string moduleName) => new(lua.State, moduleName);

    /// <summary>A function that raises a Lua error on failure.</summary>
    public ModuleTable Function(string name, ModuleFunction body)
    {
        _functions.Add((name, body, false));
        return this;
    }

    /// <summary>A legacy function that returns <c>nil, message</c> on failure.</summary>
    public ModuleTable SoftFunction(string name, ModuleFunction body)
    {
        _functions.Add((name, body, true));
        return this;
    }

    /// <summary>Sets the global table named after the module.</summary>
    public void Install()
    {
        var top = _state.GetTop();
        try
        {
            var wrappers = PushWrappers();
            _state.CreateTable(0, _functions.Count);
            var table = _state.GetTop();
            foreach (var (name, body, soft) in _functions)
            {
                _state.GetField(wrappers, soft ? "soft" : "raise");
                NativeFunctions.Push(_state, $"{_moduleName}.{name}", body);
                _state.Call(1, 1);
                _state.SetField(table, name);
            }

            _state.SetGlobal(_moduleName);
        }
        finally
        {
            _state.SetTop(top);
        }
    }

    /// <returns>The stack index of the wrapper factories, loaded once per Lua state.</returns>
    private int PushWrappers()
    {
        if (_state.GetField(LuaRegistry.Index, WrappersKey) != LuaType.Table)
        {
            _state.Pop(1);
            if (_state.LoadString(WrapperFactories, "=module wrappers") != LuaStatus.OK)
            {
                throw new InvalidOperationException("module wrappers failed to load: " + _state.ToString(-1, false));
            }

            _state.Call(0, 1);
            _state.PushCopy(-1);
            _state.SetField((int)LuaRegistry.Index, WrappersKey);
        }

        return _state.GetTop();
    }
}
