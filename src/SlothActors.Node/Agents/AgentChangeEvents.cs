using System.Text.Json;
using Akka.Cluster;
using SlothActors.Events;

namespace SlothActors.Node.Agents;

/// <summary>
/// The event a change of an agent's membership dispatches. Every node sees the same change, so
/// the id is the change and the agent's unique address (address and uid, new at each start): the
/// journal takes a repeated id as the same event, and N nodes dispatch it once.
/// </summary>
public static class AgentChangeEvents
{
    public const string Registered = "agent.registered";
    public const string Disconnected = "agent.disconnected";
    public const string HeartbeatFailed = "agent.heartbeat_failed";

    public static string IdOf(string type, UniqueAddress address) =>
        FormattableString.Invariant($"{type}:{address.Address}#{address.Uid}");

    public static Event Of(string type, Member member, DateTimeOffset now) => new()
    {
        Id = IdOf(type, member.UniqueAddress),
        Type = type,
        Timestamp = now,
        CreatedAt = now,
        Source = "sloth",
        Severity = type == Registered ? EventSeverity.Info : EventSeverity.Warning,
        Data = DataOf(member),
    };

    private static string DataOf(Member member)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("agent", AgentRoles.NameOf(member.Roles));
            writer.WriteString("address", member.Address.ToString());
            writer.WriteStartArray("tags");
            foreach (var tag in AgentRoles.TagsOf(member.Roles))
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
