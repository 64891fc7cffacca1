namespace SlothActors.Client.Catalog;

public sealed record TaskInfo(string TaskName, string? AgentName = null, int? ExitCode = null, string? Error = null, TimeSpan? Duration = null, int? Attempt = null)
{
    internal Dictionary<string, object?> ToData(string status) => Fields.Of(
        ("task_name", TaskName), ("agent_name", AgentName), ("status", status), ("exit_code", ExitCode),
        ("error", Error), ("duration", Duration is { } d ? GoDuration.Format(d) : null), ("attempt", Attempt));
}
