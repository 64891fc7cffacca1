using System.Text.Json.Serialization;
using SlothActors.Commands.Events;
using SlothActors.Commands.Protocol;

namespace SlothActors.Commands.Hooks;

// The hook verbs of `sloth hook`. Each is answered with the reply named in its comment, or
// with CommandRefused.

/// <summary>Registers a hook (validated first). Reply: <see cref="HookView"/>. Name and event types default to what the script declares.</summary>
public sealed record AddHook(
    [property: JsonPropertyName("script")] string Script,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("event_types")] IReadOnlyList<string>? EventTypes,
    [property: JsonPropertyName("stack")] string? Stack,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("file_path")] string? FilePath) : NodeCommand;

/// <summary>Reply: <see cref="HookList"/>.</summary>
public sealed record ListHooks([property: JsonPropertyName("stack")] string? Stack) : NodeCommand;

/// <summary>Reply: <see cref="HookView"/> with its script.</summary>
public sealed record GetHook([property: JsonPropertyName("name")] string Name) : NodeCommand;

/// <summary>Switches a hook on or off. Reply: <see cref="HookView"/>.</summary>
public sealed record SetHookEnabled(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("enabled")] bool Enabled) : NodeCommand;

/// <summary>Unregisters a hook; its history stays. Reply: <see cref="CommandDone"/>.</summary>
public sealed record RemoveHook([property: JsonPropertyName("name")] string Name) : NodeCommand;

/// <summary>A hook's latest executions. Reply: <see cref="ExecutionList"/>.</summary>
public sealed record GetHookHistory(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("limit")] int Limit) : NodeCommand;

/// <summary>Runs a script, or a registered hook by name, once on an event; nothing is recorded. Reply: <see cref="HookTestResult"/>.</summary>
public sealed record TestHook(
    [property: JsonPropertyName("script")] string? Script,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("event")] EventDraft Event) : NodeCommand;
