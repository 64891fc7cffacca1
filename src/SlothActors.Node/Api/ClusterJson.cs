using System.Globalization;
using System.Text.Json;
using SlothActors.Journal.Cluster;
using SlothActors.Node.Cluster;

namespace SlothActors.Node.Api;

/// <summary>The <c>/cluster</c> replies (camelCase, times in UTC with a Z).</summary>
internal static class ClusterJson
{
    public static void WriteView(Utf8JsonWriter writer, IClusterMembership membership, ClusterSnapshot snapshot)
    {
        writer.WriteStartObject();
        writer.WriteString("self", membership.Self);
        writer.WriteString("leader", snapshot.Leader);
        writer.WriteString("storage", membership.Storage);
        writer.WriteStartArray("members");
        foreach (var member in snapshot.Members)
        {
            WriteMember(writer, member, member.Name == snapshot.Leader, at: null);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <param name="at">When the change was noticed; written for stream entries only.</param>
    public static void WriteMember(Utf8JsonWriter writer, ClusterMember member, bool leader, DateTimeOffset? at)
    {
        writer.WriteStartObject();
        writer.WriteString("name", member.Name);
        writer.WriteString("address", member.Address);
        writer.WriteStartArray("roles");
        foreach (var role in member.Roles)
        {
            writer.WriteStringValue(role);
        }

        writer.WriteEndArray();
        writer.WriteString("status", MemberStatusNames.ToName(member.Status));
        writer.WriteString("reachability", member.Reachable ? "reachable" : "unreachable");
        writer.WriteString("version", member.Version);
        writer.WriteString("joinedAt", Time(member.JoinedAt));
        writer.WriteString("upSince", member.UpSince is { } upSince ? Time(upSince) : null);
        writer.WriteString("heartbeatAt", Time(member.HeartbeatAt));
        writer.WriteBoolean("leader", leader);
        if (at is { } noticed)
        {
            writer.WriteString("at", Time(noticed));
        }

        writer.WriteEndObject();
    }

    public static void WriteResult(Utf8JsonWriter writer, ClusterCommandResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("node", result.Node);
        writer.WriteString("status", result.Status is { } status ? MemberStatusNames.ToName(status) : null);
        if (result.Status == MemberStatus.Down)
        {
            writer.WriteNumber("released", result.Released);
        }

        writer.WriteEndObject();
    }

    public static void WriteDowned(Utf8JsonWriter writer, IReadOnlyList<ClusterCommandResult> downed)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("downed");
        foreach (var result in downed)
        {
            writer.WriteStartObject();
            writer.WriteString("node", result.Node);
            writer.WriteNumber("released", result.Released);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
