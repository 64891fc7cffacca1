namespace SlothActors.Client.Catalog;

/// <summary><c>workflow.*</c>: <c>{"workflow": {workflow_id, name, status, stack, error, duration}}</c>.</summary>
public sealed class WorkflowEmitter(IEventHook hook) : CatalogEmitter(hook, "workflow")
{
    public Task<EmitOutcome> StartedAsync(WorkflowInfo workflow, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("started", Severity.Info, workflow.ToData("running"), correlationId, cancellationToken);

    public Task<EmitOutcome> CompletedAsync(WorkflowInfo workflow, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("completed", Severity.Info, workflow.ToData("completed"), correlationId, cancellationToken);

    public Task<EmitOutcome> FailedAsync(WorkflowInfo workflow, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("failed", Severity.Error, workflow.ToData("failed"), correlationId, cancellationToken);

    public Task<EmitOutcome> PausedAsync(WorkflowInfo workflow, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("paused", Severity.Info, workflow.ToData("paused"), correlationId, cancellationToken);

    public Task<EmitOutcome> ResumedAsync(WorkflowInfo workflow, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("resumed", Severity.Info, workflow.ToData("running"), correlationId, cancellationToken);

    public Task<EmitOutcome> CancelledAsync(WorkflowInfo workflow, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("cancelled", Severity.Warning, workflow.ToData("cancelled"), correlationId, cancellationToken);
}
