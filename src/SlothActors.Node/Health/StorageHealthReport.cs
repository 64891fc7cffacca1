namespace SlothActors.Node.Health;

/// <param name="Status"><c>healthy</c>, <c>degraded</c> or <c>unavailable</c>.</param>
/// <param name="TotalEvents">Events the journal holds.</param>
/// <param name="Detail">Why it is not healthy, when it is not.</param>
public sealed record StorageHealthReport(string Status, long TotalEvents, string? Detail = null)
{
    public const string Healthy = "healthy";
    public const string Degraded = "degraded";
    public const string Unavailable = "unavailable";
}
