namespace SlothActors.Lua.Modules.Support;

/// <summary>The body of one module function: reads its arguments from and returns its results through <paramref name="call"/>.</summary>
internal delegate void ModuleFunction(LuaCall call);
