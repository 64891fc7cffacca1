namespace SlothActors.Lua.Interop;

/// <summary>Bounds of every JSON conversion between Lua and .NET.</summary>
public static class LuaJsonLimits
{
    /// <summary>Deepest nesting of tables/arrays accepted either way (also stops cyclic tables).</summary>
    public const int MaxDepth = 64;

    /// <summary>Largest JSON text decoded or produced.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;
}
