namespace SlothActors.Lua.Interop;

/// <summary>
/// A .NET function callable from Lua, working on the raw stack: arguments are at 1..GetTop(),
/// push the results and return how many. Throw <see cref="LuaScriptException"/> (or any
/// exception) to raise a Lua error with its message at the caller's line.
/// </summary>
public delegate int HostFunction(KeraLua.Lua lua);
