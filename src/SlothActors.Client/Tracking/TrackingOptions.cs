namespace SlothActors.Client.Tracking;

/// <param name="IncludeResult">Put the operation's result under <c>result</c> in the <c>_success</c> event.</param>
/// <param name="Arguments">The ecosystem's <c>include_args</c>: sent under <c>args</c> in every event of the operation.</param>
/// <param name="CorrelationId">Shared by the operation's events; when null: the ambient one, else a new one.</param>
public sealed record TrackingOptions(
    Severity Severity = Severity.Info,
    bool IncludeResult = false,
    IReadOnlyDictionary<string, object?>? Arguments = null,
    string? CorrelationId = null);
