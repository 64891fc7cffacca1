namespace SlothActors.Client.Catalog;

/// <summary>
/// <c>custom</c> and <c>custom.&lt;name&gt;</c>: the same shape as the Lua <c>event.dispatch_custom(name, message)</c>,
/// <c>{"name", "message", ...data}</c> at the top level, so one hook on <c>custom.*</c> serves both producers.
/// </summary>
public sealed class CustomEmitter
{
    private readonly IEventHook _hook;

    public CustomEmitter(IEventHook hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        _hook = hook;
    }

    /// <param name="name">Null sends the bare <c>custom</c> type; otherwise <c>custom.&lt;name&gt;</c> (name in a-z 0-9 _ . -).</param>
    public Task<EmitOutcome> EmitAsync(
        string? name, string message, IReadOnlyDictionary<string, object?>? data = null, Severity severity = Severity.Info, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        var body = data is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(data);
        body["message"] = message;
        if (name is not null)
        {
            body["name"] = name;
        }

        return _hook.EmitAsync(name is null ? "custom" : $"custom.{name}", severity, body, correlationId, cancellationToken: cancellationToken);
    }

    public Task<EmitOutcome> TriggeredAsync(string trigger, IReadOnlyDictionary<string, object?>? data = null, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("triggered", $"trigger {trigger} fired", new Dictionary<string, object?>(data ?? new Dictionary<string, object?>()) { ["trigger"] = trigger }, Severity.Info, correlationId, cancellationToken);
}
