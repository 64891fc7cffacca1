using System.Text.Json;
using Akka.Cluster;
using SlothActors.Node.Health;

namespace SlothActors.Node.Api;

/// <summary>The <c>/cluster/akka</c> reply: Akka.Cluster's membership as this node sees it (camelCase).</summary>
internal static class AkkaClusterJson
{
    public static void WriteView(Utf8JsonWriter writer, Akka.Cluster.Cluster cluster)
    {
        var state = cluster.State;
        var self = AkkaMemberInfo.Of(cluster.System);
        writer.WriteStartObject();
        writer.WriteString("self", cluster.SelfAddress.ToString());
        writer.WriteString("status", self?.Status ?? AkkaMemberInfo.NotAMember);
        writer.WriteString("leader", state.Leader?.ToString());
        writer.WriteStartArray("members");
        foreach (var member in state.Members)
        {
            writer.WriteStartObject();
            writer.WriteString("address", member.Address.ToString());
            writer.WriteStartArray("roles");
            foreach (var role in member.Roles.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(role);
            }

            writer.WriteEndArray();
            writer.WriteString("status", AkkaMemberInfo.StatusName(member.Status));
            writer.WriteString("reachability", state.Unreachable.Contains(member) ? "unreachable" : "reachable");
            writer.WriteString("version", member.AppVersion.Version);
            writer.WriteBoolean("leader", member.Address.Equals(state.Leader));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
