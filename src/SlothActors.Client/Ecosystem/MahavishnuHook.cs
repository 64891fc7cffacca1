namespace SlothActors.Client.Ecosystem;

/// <summary>Workflow orchestration events of <c>mahavishnu</c>.</summary>
public sealed class MahavishnuHook(IEventHook hook) : SystemEventHook(hook)
{
    public const string System = "mahavishnu";

    public Task<EmitOutcome> EmitWorkflowStartedAsync(
        string workflowId, string workflowType, string adapter, IReadOnlyList<string> repos, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("workflow_started", Severity.Info, new Dictionary<string, object?>
        {
            ["workflow_id"] = workflowId,
            ["workflow_type"] = workflowType,
            ["adapter"] = adapter,
            ["repos"] = repos,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitWorkflowCompletedAsync(
        string workflowId, string workflowType, double durationSeconds, string adapter, int reposProcessed, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("workflow_completed", Severity.Info, new Dictionary<string, object?>
        {
            ["workflow_id"] = workflowId,
            ["workflow_type"] = workflowType,
            ["duration_seconds"] = durationSeconds,
            ["adapter"] = adapter,
            ["repos_processed"] = reposProcessed,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitWorkflowFailedAsync(
        string workflowId, string workflowType, string errorMessage, string errorType, string adapter, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("workflow_failed", Severity.Error, new Dictionary<string, object?>
        {
            ["workflow_id"] = workflowId,
            ["workflow_type"] = workflowType,
            ["error_message"] = errorMessage,
            ["error_type"] = errorType,
            ["adapter"] = adapter,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitAgentSpawnedAsync(
        string agentId, string agentType, string poolId, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("agent_spawned", Severity.Info, new Dictionary<string, object?>
        {
            ["agent_id"] = agentId,
            ["agent_type"] = agentType,
            ["pool_id"] = poolId,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitPoolScaledAsync(
        string poolId, int oldSize, int newSize, string reason, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("pool_scaled", Severity.Info, new Dictionary<string, object?>
        {
            ["pool_id"] = poolId,
            ["old_size"] = oldSize,
            ["new_size"] = newSize,
            ["reason"] = reason,
        }, correlationId, cancellationToken: cancellationToken);
}
