namespace SlothActors.Client.Catalog;

public sealed record WorkflowInfo(string WorkflowId, string Name, string? Stack = null, string? Error = null, TimeSpan? Duration = null)
{
    internal Dictionary<string, object?> ToData(string status) => Fields.Of(
        ("workflow_id", WorkflowId), ("name", Name), ("status", status), ("stack", Stack), ("error", Error),
        ("duration", Duration is { } d ? GoDuration.Format(d) : null));
}
