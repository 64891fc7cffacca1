using SlothActors.Client.Health;

namespace SlothActors.Client.Ecosystem;

/// <summary>
/// A hook with the typed emitters of one ecosystem system. It is an <see cref="IEventHook"/> itself
/// (everything delegates to the wrapped hook) and owns it: disposing this disposes that.
/// </summary>
public abstract class SystemEventHook : IEventHook
{
    protected SystemEventHook(IEventHook hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        Hook = hook;
    }

    public IEventHook Hook { get; }

    public string SourceSystem => Hook.SourceSystem;

    public Task<EmitOutcome> EmitAsync(
        string eventType,
        Severity severity = Severity.Info,
        IReadOnlyDictionary<string, object?>? data = null,
        string? correlationId = null,
        IReadOnlyList<string>? tags = null,
        int? maxRetries = null,
        CancellationToken cancellationToken = default) =>
        Hook.EmitAsync(eventType, severity, data, correlationId, tags, maxRetries, cancellationToken);

    public Task<EventHookHealth> HealthCheckAsync(CancellationToken cancellationToken = default) => Hook.HealthCheckAsync(cancellationToken);

    public EventHookMetrics GetMetrics() => Hook.GetMetrics();

    public Task ShutdownAsync(CancellationToken cancellationToken = default) => Hook.ShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Hook.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private protected static Severity WarningOrError(Severity severity) =>
        severity is Severity.Warning or Severity.Error
            ? severity
            : throw new ArgumentOutOfRangeException(nameof(severity), severity, "this event is a warning or an error");
}
