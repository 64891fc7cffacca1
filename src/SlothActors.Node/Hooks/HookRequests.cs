namespace SlothActors.Node.Hooks;

/// <summary>Body of <c>POST /hooks</c>: the script, and the metadata that overrides what it declares.</summary>
internal sealed record HookAddRequest(
    string Script, string? Name, IReadOnlyList<string>? EventTypes, string? Stack, bool Enabled, string? FilePath);

/// <summary>Body of <c>POST /hooks/test</c>: a script or a registered hook's name, and the event (raw JSON) to run it on.</summary>
internal sealed record HookTestRequest(string? Script, string? Name, byte[] EventJson);
