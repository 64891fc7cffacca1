namespace SlothActors.Client.Catalog;

/// <summary><c>security.*</c>: <c>{"security": {user, source_address, resource, reason, attempts}}</c>. Never put credentials in these.</summary>
public sealed class SecurityEmitter(IEventHook hook) : CatalogEmitter(hook, "security")
{
    public Task<EmitOutcome> BreachAsync(SecurityInfo security, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("breach", Severity.Critical, security.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> AlertAsync(SecurityInfo security, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("alert", Severity.Error, security.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> UnauthorizedAsync(SecurityInfo security, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("unauthorized", Severity.Warning, security.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> LoginFailedAsync(SecurityInfo security, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("login_failed", Severity.Warning, security.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> LoginSuccessAsync(SecurityInfo security, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("login_success", Severity.Info, security.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> PermissionDeniedAsync(SecurityInfo security, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("permission_denied", Severity.Warning, security.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> AccountLockedAsync(SecurityInfo security, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("account_locked", Severity.Warning, security.ToData(), correlationId, cancellationToken);
}
