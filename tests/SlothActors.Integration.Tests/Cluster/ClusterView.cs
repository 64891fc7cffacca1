using System.Text.Json;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>One Akka member as <c>GET /cluster</c> reports it; <see cref="Name"/> is null until its node name has reached the node asked.</summary>
public sealed record ClusterMember(string? Name, string Address, string Status, string Reachability, bool Leader)
{
    public bool IsUpAndReachable => Status == "up" && Reachability == "reachable";
}

/// <summary>A node's <c>GET /cluster</c> reply: who answered (its address and name), who leads, and every member.</summary>
public sealed record ClusterView(string Self, string SelfName, string? Leader, string Storage, IReadOnlyList<ClusterMember> Members)
{
    public ClusterMember? Member(string name) => Members.FirstOrDefault(m => m.Name == name);

    public static ClusterView Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var members = root.GetProperty("members").EnumerateArray()
            .Select(m => new ClusterMember(
                m.GetProperty("name").GetString(),
                m.GetProperty("address").GetString()!,
                m.GetProperty("status").GetString()!,
                m.GetProperty("reachability").GetString()!,
                m.TryGetProperty("leader", out var leader) && leader.ValueKind == JsonValueKind.True))
            .ToList();
        return new ClusterView(
            root.GetProperty("self").GetString()!,
            root.GetProperty("name").GetString()!,
            root.TryGetProperty("leader", out var lead) ? lead.GetString() : null,
            root.GetProperty("storage").GetString()!,
            members);
    }

    public override string ToString() =>
        $"self {SelfName} ({Self}), leader {Leader ?? "(none)"}: " + string.Join("; ", Members.Select(m => $"{m.Name ?? "?"} {m.Address} {m.Status} {m.Reachability}"));
}
