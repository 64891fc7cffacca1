using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Akka.Cluster;
using SlothActors.Events;
using SlothActors.Node.Protocol;

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

    // The API's limit on ids, so an agent's event can be fetched by id like any other.
    private static readonly int MaxIdLength = new ProtocolLimits().MaxIdentifierLength;

    /// <summary><c>TYPE:ADDRESS#UID</c>; a host name long enough to pass the id limit is replaced by its SHA-256, as deterministic.</summary>
    public static string IdOf(string type, UniqueAddress address)
    {
        var unique = FormattableString.Invariant($"{address.Address}#{address.Uid}");
        var id = $"{type}:{unique}";
        return id.Length <= MaxIdLength ? id : $"{type}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(unique)))}";
    }

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

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
