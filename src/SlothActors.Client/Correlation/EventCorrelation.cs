using System.Diagnostics;

namespace SlothActors.Client.Correlation;

/// <summary>
/// The correlation id used when an emit gives none: the innermost <see cref="Begin"/> scope on this
/// async flow, else the current <see cref="Activity"/>'s trace id (so events line up with traces).
/// </summary>
public static class EventCorrelation
{
    private static readonly AsyncLocal<string?> Ambient = new();

    public static string? Current =>
        Ambient.Value ?? (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId.ToHexString() : Activity.Current?.RootId);

    /// <summary>Sets the ambient id until the returned scope is disposed (then the outer one is back).</summary>
    public static IDisposable Begin(string correlationId)
    {
        EventRules.CheckText(correlationId, nameof(correlationId), EventRules.MaxIdLength);
        var scope = new Scope(Ambient.Value);
        Ambient.Value = correlationId;
        return scope;
    }

    /// <summary>A fresh id for an operation that has no ambient one.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString("N");

    private sealed class Scope(string? outer) : IDisposable
    {
        public void Dispose() => Ambient.Value = outer;
    }
}
