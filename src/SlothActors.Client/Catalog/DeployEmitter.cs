namespace SlothActors.Client.Catalog;

/// <summary><c>deploy.*</c>: <c>{"deploy": {deploy_id, version, environment, reason, previous_version}}</c>.</summary>
public sealed class DeployEmitter(IEventHook hook) : CatalogEmitter(hook, "deploy")
{
    public Task<EmitOutcome> StartedAsync(DeployInfo deploy, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("started", Severity.Info, deploy.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> CompletedAsync(DeployInfo deploy, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("completed", Severity.Info, deploy.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> FailedAsync(DeployInfo deploy, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("failed", Severity.Error, deploy.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> RollbackAsync(DeployInfo deploy, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("rollback", Severity.Warning, deploy.ToData(), correlationId, cancellationToken);
}
