using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlothActors.Cli.Client;

// The shapes of the node's replies (docs/api.md). Every field is optional on read: a node may
// send more fields, and an older node fewer, without breaking the CLI.

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
    [property: JsonPropertyName("updated_at")] DateTimeOffset? UpdatedAt);

public sealed record HookList([property: JsonPropertyName("hooks")] IReadOnlyList<HookView> Hooks);

public sealed record HookTestResult(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("output")] string? Output,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("duration_ms")] long DurationMs);
