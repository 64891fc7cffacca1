using System.Globalization;
using System.Text.Json;
using Akka.Cluster;
using SlothActors.Node.Health;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Api;

/// <summary>
/// The <c>/cluster</c> reply (also <c>/cluster/akka</c>) and its member objects, which
/// <c>/cluster/stream</c> sends too: Akka.Cluster's membership as this node sees it (camelCase).
/// </summary>
internal static class ClusterJson
{
    public static void WriteView(Utf8JsonWriter writer, ClusterMembers view, string storage)
    {
        writer.WriteStartObject();
        writer.WriteString("self", view.Self.ToString());
        writer.WriteString("name", view.SelfName);
        writer.WriteString("status", view.SelfStatus);
        writer.WriteString("leader", view.State.Leader?.ToString());
        writer.WriteString("storage", storage);
        writer.WriteStartArray("members");
        foreach (var member in view.Members)
        {
            WriteMember(writer, view, member);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <param name="change">For stream entries: which cluster event this is (<see cref="ClusterChange"/>) and when it was noticed.</param>
    public static void WriteMember(Utf8JsonWriter writer, ClusterMembers view, Member member, ClusterChange? change = null)
    {
        writer.WriteStartObject();
        writer.WriteString("address", member.Address.ToString());
        writer.WriteString("name", view.NameOf(member.Address));
        writer.WriteStartArray("roles");
        foreach (var role in member.Roles.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(role);
        }

        writer.WriteEndArray();
        writer.WriteString("status", AkkaMemberInfo.StatusName(member.Status));
        // The event's own reachability wins: the state read after it may already be older news.
        var reachable = change?.Reachable ?? view.IsReachable(member);
        writer.WriteString("reachability", reachable ? "reachable" : "unreachable");
        writer.WriteString("version", member.AppVersion.Version);
        writer.WriteBoolean("leader", view.IsLeader(member));
        writer.WriteBoolean("self", member.Address.Equals(view.Self));
        if (change is not null)
        {
            writer.WriteString("event", change.Kind);
            writer.WriteString("at", Time(change.At));
        }

        writer.WriteEndObject();
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
