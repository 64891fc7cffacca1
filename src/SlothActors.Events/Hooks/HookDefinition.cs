namespace SlothActors.Events.Hooks;

/// <summary>
/// A registered hook: its metadata and the script itself, so that any node can run it
/// without shared files.
/// </summary>
public sealed record HookDefinition
{
    public required string Id { get; init; }

    /// <summary>Unique hook name (same grammar as an event type).</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>One or more type patterns: <c>task.failed</c>, <c>task.*</c> or <c>*</c>.</summary>
    public required IReadOnlyList<string> EventTypes { get; init; }

    /// <summary>A hook with a stack sees only events of that stack; without one it sees all.</summary>
    public string? Stack { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>The Lua source text.</summary>
    public required string Script { get; init; }

    /// <summary>Lower-case hex sha256 of <see cref="Script"/> (UTF-8); a new value means a new hook version.</summary>
    public required string ScriptSha256 { get; init; }

    /// <summary>Where the script came from (file path or <c>api</c>); informational.</summary>
    public string FilePath { get; init; } = "";

    /// <summary>Per-hook wall-clock limit; null means the runtime default.</summary>
    public TimeSpan? Timeout { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? LastRun { get; init; }

    public long RunCount { get; init; }
}
