using System.Text.Json.Serialization;

namespace SlothActors.Cli.Client;

// The shapes of the node's /cluster replies (docs/api.md, camelCase). As with the other
// replies, every field but the member's address is optional on read.

/// <summary>
/// One member of <c>GET /cluster</c>, keyed by its Akka address; <see cref="Name"/> is its node
/// name when the node knows it. Stream entries carry the cluster event and its time too.
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

/// <summary><c>GET /cluster</c> (and <c>/cluster/akka</c>): Akka.Cluster's members as the node sees them.</summary>
public sealed record ClusterView(
    [property: JsonPropertyName("self")] string? Self,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("leader")] string? Leader,
    [property: JsonPropertyName("storage")] string? Storage,
    [property: JsonPropertyName("members")] IReadOnlyList<MemberView> Members);

/// <summary>Reply of <c>POST /cluster/leave</c> and <c>POST /cluster/down</c>, and each entry of <c>/cluster/down-unreachable</c>.</summary>
public sealed record MemberChange(
    [property: JsonPropertyName("node")] string? Node,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("status")] string? Status);

public sealed record DownedMembers([property: JsonPropertyName("downed")] IReadOnlyList<MemberChange> Downed);

/// <summary>Body of <c>POST /cluster/join</c>.</summary>
public sealed record JoinRequest([property: JsonPropertyName("seed")] string Seed);

/// <summary>Reply of <c>POST /cluster/join</c>.</summary>
public sealed record JoinReply(
    [property: JsonPropertyName("self")] string? Self,
    [property: JsonPropertyName("seed")] string Seed,
    [property: JsonPropertyName("status")] string? Status);

/// <summary>Body of <c>POST /cluster/leave</c> and <c>/cluster/down</c>; a null node means "the node asked".</summary>
public sealed record MemberRequest([property: JsonPropertyName("node")] string? Node);
