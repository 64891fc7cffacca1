namespace SlothActors.Client.Ecosystem;

/// <summary>Session and memory events of <c>session_buddy</c>.</summary>
public sealed class SessionBuddyHook(IEventHook hook) : SystemEventHook(hook)
{
    public const string System = "session_buddy";

    public Task<EmitOutcome> EmitSessionCreatedAsync(
        string sessionId, string project, string? userId = null, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("session_created", Severity.Info, new Dictionary<string, object?>
        {
            ["session_id"] = sessionId,
            ["project"] = project,
            ["user_id"] = userId,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitSessionRestoredAsync(
        string sessionId, string checkpointId, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("session_restored", Severity.Info, new Dictionary<string, object?>
        {
            ["session_id"] = sessionId,
            ["checkpoint_id"] = checkpointId,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitEntityCreatedAsync(
        string entityId, string entityType, string name, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("entity_created", Severity.Info, new Dictionary<string, object?>
        {
            ["entity_id"] = entityId,
            ["entity_type"] = entityType,
            ["name"] = name,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitRelationCreatedAsync(
        string fromEntity, string toEntity, string relationType, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("relation_created", Severity.Info, new Dictionary<string, object?>
        {
            ["from_entity"] = fromEntity,
            ["to_entity"] = toEntity,
            ["relation_type"] = relationType,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitMemoryCheckpointAsync(
        string sessionId, string checkpointId, long memoryBytes, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("memory_checkpoint", Severity.Info, new Dictionary<string, object?>
        {
            ["session_id"] = sessionId,
            ["checkpoint_id"] = checkpointId,
            ["memory_bytes"] = memoryBytes,
        }, correlationId, cancellationToken: cancellationToken);
}
