using System.Text.Json.Serialization;

namespace SlothActors.Commands.Hooks;

/// <summary>A registered hook; <see cref="Script"/> only in the reply to <see cref="GetHook"/>.</summary>
public sealed record HookView(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("event_types")] IReadOnlyList<string>? EventTypes,
    [property: JsonPropertyName("stack")] string? Stack,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("script_sha256")] string? ScriptSha256,
    [property: JsonPropertyName("file_path")] string? FilePath,
    [property: JsonPropertyName("run_count")] long RunCount,
    [property: JsonPropertyName("last_run")] DateTimeOffset? LastRun,
    [property: JsonPropertyName("created_at")] DateTimeOffset? CreatedAt,
    [property: JsonPropertyName("updated_at")] DateTimeOffset? UpdatedAt,
    [property: JsonPropertyName("timeout_ms")] long? TimeoutMs = null,
    [property: JsonPropertyName("script")] string? Script = null);

public sealed record HookList(
    [property: JsonPropertyName("hooks")] IReadOnlyList<HookView> Hooks,
    [property: JsonPropertyName("count")] int Count);

/// <summary>What a <see cref="TestHook"/> run produced; <see cref="Success"/> false when the hook failed.</summary>
public sealed record HookTestResult(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("output")] string? Output,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("duration_ms")] long DurationMs,
    [property: JsonPropertyName("hook_name")] string? HookName = null,
    [property: JsonPropertyName("event_id")] string? EventId = null);

/// <summary>One run of a hook on an event, as recorded.</summary>
public sealed record ExecutionView(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("hook_id")] string? HookId,
    [property: JsonPropertyName("hook_name")] string HookName,
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("output")] string? Output,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("duration_ms")] long DurationMs,
    [property: JsonPropertyName("executed_at")] DateTimeOffset ExecutedAt);

/// <summary>Executions of one event (<see cref="EventId"/>) or of one hook (<see cref="HookName"/>).</summary>
public sealed record ExecutionList(
    [property: JsonPropertyName("executions")] IReadOnlyList<ExecutionView> Executions,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("event_id")] string? EventId = null,
    [property: JsonPropertyName("hook_name")] string? HookName = null);
