namespace SlothActors.Client.Catalog;

/// <param name="SourceAddress">Where the attempt came from (an IP address or host).</param>
public sealed record SecurityInfo(string User, string? SourceAddress = null, string? Resource = null, string? Reason = null, int? Attempts = null)
{
    internal Dictionary<string, object?> ToData() => Fields.Of(
        ("user", User), ("source_address", SourceAddress), ("resource", Resource), ("reason", Reason), ("attempts", Attempts));
}
