using System.Text.Json.Serialization;

namespace SlothActors.Cli.Client;

// The shapes of the node's /cluster replies (docs/api.md, camelCase). As with the other
// replies, every field but the member's name is optional on read.

public sealed record MemberView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("roles")] IReadOnlyList<string>? Roles,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("reachability")] string? Reachability,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("joinedAt")] DateTimeOffset? JoinedAt,
    [property: JsonPropertyName("upSince")] DateTimeOffset? UpSince,
    [property: JsonPropertyName("heartbeatAt")] DateTimeOffset? HeartbeatAt,
    [property: JsonPropertyName("leader")] bool Leader,
    [property: JsonPropertyName("at")] DateTimeOffset? At = null);

public sealed record ClusterView(
    [property: JsonPropertyName("self")] string? Self,
    [property: JsonPropertyName("leader")] string? Leader,
    [property: JsonPropertyName("storage")] string? Storage,
    [property: JsonPropertyName("members")] IReadOnlyList<MemberView> Members);

/// <summary>Reply of <c>POST /cluster/leave</c> and <c>POST /cluster/down</c>.</summary>
public sealed record MemberChange(
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("released")] long? Released = null);

public sealed record DownedMember(
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("released")] long Released);

public sealed record DownedMembers([property: JsonPropertyName("downed")] IReadOnlyList<DownedMember> Downed);

/// <summary>One member of <c>GET /cluster/akka</c>: Akka.Cluster's view, keyed by the member's address.</summary>
public sealed record AkkaMemberView(
    [property: JsonPropertyName("address")] string Address,
    [property: JsonPropertyName("roles")] IReadOnlyList<string>? Roles,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("reachability")] string? Reachability,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("leader")] bool Leader);

public sealed record AkkaClusterView(
    [property: JsonPropertyName("self")] string? Self,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("leader")] string? Leader,
    [property: JsonPropertyName("members")] IReadOnlyList<AkkaMemberView> Members);

/// <summary>Body of <c>POST /cluster/join</c>.</summary>
public sealed record JoinRequest([property: JsonPropertyName("seed")] string Seed);

/// <summary>Reply of <c>POST /cluster/join</c>.</summary>
public sealed record JoinReply(
    [property: JsonPropertyName("self")] string? Self,
    [property: JsonPropertyName("seed")] string Seed,
    [property: JsonPropertyName("status")] string? Status);

/// <summary>Body of <c>POST /cluster/leave</c> and <c>/cluster/down</c>; a null node means "the node asked".</summary>
public sealed record MemberRequest([property: JsonPropertyName("node")] string? Node);
