namespace SlothActors.Client.Catalog;

public sealed record HealthCheckInfo(string Check, string Target, string? Message = null, TimeSpan? Duration = null)
{
    internal Dictionary<string, object?> ToData() => Fields.Of(
        ("check", Check), ("target", Target), ("message", Message), ("duration", Duration is { } d ? GoDuration.Format(d) : null));
}
