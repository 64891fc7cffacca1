namespace SlothActors.Client.Ecosystem;

/// <summary>Analytics events of <c>akosha</c>.</summary>
public sealed class AkoshaHook(IEventHook hook) : SystemEventHook(hook)
{
    public const string System = "akosha";

    public Task<EmitOutcome> EmitPatternDetectedAsync(
        string patternId, string patternType, double confidence, string description, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("pattern_detected", Severity.Info, new Dictionary<string, object?>
        {
            ["pattern_id"] = patternId,
            ["pattern_type"] = patternType,
            ["confidence"] = confidence,
            ["description"] = description,
        }, correlationId, cancellationToken: cancellationToken);

    /// <param name="severity">Warning (the default) or Error.</param>
    public Task<EmitOutcome> EmitAnomalyDetectedAsync(
        string anomalyId, string anomalyType, double score, string description, Severity severity = Severity.Warning, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("anomaly_detected", WarningOrError(severity), new Dictionary<string, object?>
        {
            ["anomaly_id"] = anomalyId,
            ["anomaly_type"] = anomalyType,
            ["score"] = score,
            ["description"] = description,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitInsightGeneratedAsync(
        string insightId, string insightType, string summary, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("insight_generated", Severity.Info, new Dictionary<string, object?>
        {
            ["insight_id"] = insightId,
            ["insight_type"] = insightType,
            ["summary"] = summary,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitCorrelationFoundAsync(
        string sourceA, string sourceB, string correlationType, double strength, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("correlation_found", Severity.Info, new Dictionary<string, object?>
        {
            ["source_a"] = sourceA,
            ["source_b"] = sourceB,
            ["correlation_type"] = correlationType,
            ["strength"] = strength,
        }, correlationId, cancellationToken: cancellationToken);
}
