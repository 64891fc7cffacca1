namespace SlothActors.Client.Catalog;

/// <summary><c>agent.*</c>: <c>{"agent": {name, address, tags, version, system_info, reason}}</c>.</summary>
public sealed class AgentEmitter(IEventHook hook) : CatalogEmitter(hook, "agent")
{
    public Task<EmitOutcome> RegisteredAsync(AgentInfo agent, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("registered", Severity.Info, agent.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> ConnectedAsync(AgentInfo agent, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("connected", Severity.Info, agent.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> DisconnectedAsync(AgentInfo agent, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("disconnected", Severity.Warning, agent.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> HeartbeatFailedAsync(AgentInfo agent, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("heartbeat_failed", Severity.Error, agent.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> UpdatedAsync(AgentInfo agent, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("updated", Severity.Info, agent.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> VersionMismatchAsync(AgentInfo agent, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("version_mismatch", Severity.Warning, agent.ToData(), correlationId, cancellationToken);

    public Task<EmitOutcome> ResourceHighAsync(AgentInfo agent, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("resource_high", Severity.Warning, agent.ToData(), correlationId, cancellationToken);
}
