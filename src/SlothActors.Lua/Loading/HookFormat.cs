namespace SlothActors.Lua.Loading;

/// <summary>The three hook file formats (docs/hooks.md).</summary>
public enum HookFormat
{
    /// <summary><c>local hook = {...}; function hook.execute(event) ... end; return hook</c>.</summary>
    ModuleTable,

    /// <summary><c>return { name = ..., execute = function(event) ... end }</c>.</summary>
    ReturnedTable,

    /// <summary>A global <c>function on_event()</c> reading the global <c>event</c>; no metadata in the file.</summary>
    Legacy,
}
