namespace SlothActors.Client.Catalog;

/// <param name="SystemInfo">Free-form facts (<c>os</c>, <c>arch</c>, <c>cpu_cores</c>, <c>memory_gb</c>, a resource reading...).</param>
public sealed record AgentInfo(
    string Name,
    string? Address = null,
    IReadOnlyList<string>? Tags = null,
    string? Version = null,
    IReadOnlyDictionary<string, object?>? SystemInfo = null,
    string? Reason = null)
{
    internal Dictionary<string, object?> ToData() => Fields.Of(
        ("name", Name), ("address", Address), ("tags", Tags), ("version", Version), ("system_info", SystemInfo), ("reason", Reason));
}
