namespace SlothActors.Lua.Interop;

/// <summary>
/// The body of one .NET function callable from Lua: reads its arguments from and returns its
/// results through <paramref name="call"/>. Throw (<see cref="LuaScriptException"/> for a message
/// meant for the hook author) to raise a Lua error that <c>pcall</c> catches as a plain string.
/// </summary>
internal delegate void ModuleFunction(LuaCall call);
