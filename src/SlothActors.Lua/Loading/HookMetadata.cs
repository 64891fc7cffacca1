namespace SlothActors.Lua.Loading;

/// <summary>What a valid hook file declares (or the caller supplied for it).</summary>
public sealed record HookMetadata(
    string Name,
    string? Description,
    IReadOnlyList<string> EventTypes,
    string? Stack,
    TimeSpan? Timeout,
    HookFormat Format);
