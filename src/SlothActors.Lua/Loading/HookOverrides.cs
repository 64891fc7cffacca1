namespace SlothActors.Lua.Loading;

/// <summary>Metadata from the caller (<c>hook add --name --event --stack</c>); each one given wins over the file's.</summary>
public sealed record HookOverrides(string? Name = null, IReadOnlyList<string>? EventTypes = null, string? Stack = null);
