using System.Text.Json.Serialization;
using SlothActors.Commands.Protocol;

namespace SlothActors.Commands.Cluster;

// The verbs of `sloth cluster` (pbm's), acting on Akka.Cluster as the node sees it. Each is
// answered with the reply named in its comment, or with CommandRefused.

/// <summary>The members, the leader and this node's own status. Reply: <see cref="ClusterView"/>.</summary>
public sealed record ShowCluster : NodeCommand;

/// <summary>Asks a member to leave gracefully; null means the node asked. Reply: <see cref="MemberChange"/>.</summary>
public sealed record LeaveMember([property: JsonPropertyName("node")] string? Node) : NodeCommand;

/// <summary>Marks a member down (node name, <c>HOST:PORT</c> or Akka address). Reply: <see cref="MemberChange"/>.</summary>
public sealed record DownMember([property: JsonPropertyName("node")] string Node) : NodeCommand;

/// <summary>Downs every member this node sees as unreachable. Reply: <see cref="DownedMembers"/>.</summary>
public sealed record DownUnreachable : NodeCommand;

/// <summary>Joins a node that is not yet a member to the cluster at a seed. Reply: <see cref="JoinReply"/>.</summary>
public sealed record JoinCluster([property: JsonPropertyName("seed")] string Seed) : NodeCommand;

/// <summary>
/// Follows membership: the host answers with <see cref="StreamStarted"/> from the streaming
/// actor, which sends the current members and then one <see cref="MemberView"/> per cluster
/// event, until the sender stops.
/// </summary>
public sealed record FollowMembers : NodeCommand;
