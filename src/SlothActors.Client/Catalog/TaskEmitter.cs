namespace SlothActors.Client.Catalog;

/// <summary><c>task.*</c>: <c>{"task": {task_name, agent_name, status, exit_code, error, duration}}</c>.</summary>
public sealed class TaskEmitter(IEventHook hook) : CatalogEmitter(hook, "task")
{
    public Task<EmitOutcome> StartedAsync(TaskInfo task, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("started", Severity.Info, task.ToData("running"), correlationId, cancellationToken);

    public Task<EmitOutcome> CompletedAsync(TaskInfo task, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("completed", Severity.Info, task.ToData("completed"), correlationId, cancellationToken);

    public Task<EmitOutcome> FailedAsync(TaskInfo task, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("failed", Severity.Error, task.ToData("failed"), correlationId, cancellationToken);

    public Task<EmitOutcome> TimeoutAsync(TaskInfo task, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("timeout", Severity.Error, task.ToData("timeout"), correlationId, cancellationToken);

    public Task<EmitOutcome> RetryingAsync(TaskInfo task, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("retrying", Severity.Warning, task.ToData("retrying"), correlationId, cancellationToken);

    public Task<EmitOutcome> CancelledAsync(TaskInfo task, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("cancelled", Severity.Warning, task.ToData("cancelled"), correlationId, cancellationToken);
}
