namespace SlothActors.Client.Ecosystem;

/// <summary>Code-quality events of <c>crackerjack</c>.</summary>
public sealed class CrackerjackHook(IEventHook hook) : SystemEventHook(hook)
{
    public const string System = "crackerjack";

    public Task<EmitOutcome> EmitQualityCheckStartedAsync(
        string checkType, string repository, string checkId, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("quality_check_started", Severity.Info, new Dictionary<string, object?>
        {
            ["check_type"] = checkType,
            ["repository"] = repository,
            ["check_id"] = checkId,
        }, correlationId, cancellationToken: cancellationToken);

    /// <param name="severity">Warning or Error; also written as the issue's <c>severity</c> field.</param>
    public Task<EmitOutcome> EmitQualityIssueFoundAsync(
        string issueType, Severity severity, string filePath, int lineNumber, string message, string checkId, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("quality_issue_found", WarningOrError(severity), new Dictionary<string, object?>
        {
            ["issue_type"] = issueType,
            ["severity"] = Delivery.WireFormat.SeverityName(severity),
            ["file_path"] = filePath,
            ["line_number"] = lineNumber,
            ["message"] = message,
            ["check_id"] = checkId,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitQualityScoreUpdatedAsync(
        string repository, double oldScore, double newScore, string checkId, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("quality_score_updated", Severity.Info, new Dictionary<string, object?>
        {
            ["repository"] = repository,
            ["old_score"] = oldScore,
            ["new_score"] = newScore,
            ["score_change"] = newScore - oldScore,
            ["check_id"] = checkId,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitTestCompletedAsync(
        string testSuite, int passed, int failed, int skipped, double durationSeconds, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("test_completed", Severity.Info, new Dictionary<string, object?>
        {
            ["test_suite"] = testSuite,
            ["passed"] = passed,
            ["failed"] = failed,
            ["skipped"] = skipped,
            ["duration_seconds"] = durationSeconds,
        }, correlationId, cancellationToken: cancellationToken);

    public Task<EmitOutcome> EmitCoverageCalculatedAsync(
        string repository, double coveragePercent, int linesCovered, int linesTotal, string? correlationId = null, CancellationToken cancellationToken = default) =>
        EmitAsync("coverage_calculated", Severity.Info, new Dictionary<string, object?>
        {
            ["repository"] = repository,
            ["coverage_percent"] = coveragePercent,
            ["lines_covered"] = linesCovered,
            ["lines_total"] = linesTotal,
        }, correlationId, cancellationToken: cancellationToken);
}
