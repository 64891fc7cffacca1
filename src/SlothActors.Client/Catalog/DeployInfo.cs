namespace SlothActors.Client.Catalog;

public sealed record DeployInfo(string DeployId, string Version, string? Environment = null, string? Reason = null, string? PreviousVersion = null)
{
    internal Dictionary<string, object?> ToData() => Fields.Of(
        ("deploy_id", DeployId), ("version", Version), ("environment", Environment), ("reason", Reason), ("previous_version", PreviousVersion));
}
