namespace SlothActors.Client.Catalog;

/// <summary><c>health.*</c>: <c>{"health": {check, target, message, duration}}</c>.</summary>
public sealed class HealthEmitter(IEventHook hook) : CatalogEmitter(hook, "health")
{
    public Task<EmitOutcome> CheckStartedAsync(HealthCheckInfo check, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("check_started", Severity.Debug, check.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> CheckPassedAsync(HealthCheckInfo check, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("check_passed", Severity.Info, check.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> CheckFailedAsync(HealthCheckInfo check, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("check_failed", Severity.Error, check.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> DegradedAsync(HealthCheckInfo check, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("degraded", Severity.Warning, check.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> RecoveredAsync(HealthCheckInfo check, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("recovered", Severity.Info, check.ToData(), correlationId, cancellationToken);
}
