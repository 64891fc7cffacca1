using System.Text.Json.Serialization;

namespace SlothActors.Commands.Cluster;

/// <summary>
/// One member as a node sees it, keyed by its Akka address; <see cref="Name"/> is its node name
/// when known. Followed members carry the cluster event and its time too.
/// </summary>
public sealed record MemberView(
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("roles")] IReadOnlyList<string>? Roles,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("reachability")] string? Reachability,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("leader")] bool Leader,
    [property: JsonPropertyName("self")] bool Self = false,
    [property: JsonPropertyName("event")] string? Event = null,
    [property: JsonPropertyName("at")] DateTimeOffset? At = null);

/// <summary>Akka.Cluster's state as the node sees it.</summary>
public sealed record ClusterView(
    [property: JsonPropertyName("self")] string? Self,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("leader")] string? Leader,
    [property: JsonPropertyName("storage")] string? Storage,
    [property: JsonPropertyName("members")] IReadOnlyList<MemberView> Members);

/// <summary>What a leave or a down did to one member.</summary>
public sealed record MemberChange(
    [property: JsonPropertyName("node")] string? Node,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("status")] string? Status);

public sealed record DownedMembers([property: JsonPropertyName("downed")] IReadOnlyList<MemberChange> Downed);

public sealed record JoinReply(
    [property: JsonPropertyName("self")] string? Self,
    [property: JsonPropertyName("seed")] string Seed,
    [property: JsonPropertyName("status")] string? Status);
