using System.Text.Json;
using Akka.Actor;

namespace SlothActors.Node.Api;

/// <summary>
/// What a leave or down did to one member: its node name (null when this node has not heard it),
/// its address and its status afterwards.
/// </summary>
internal sealed record MemberCommandReply(string? Node, Address Address, string Status)
{
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("node", Node);
        writer.WriteString("address", Address.ToString());
        writer.WriteString("status", Status);
        writer.WriteEndObject();
    }

    public static void WriteDowned(Utf8JsonWriter writer, IReadOnlyList<MemberCommandReply> downed)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("downed");
        foreach (var reply in downed)
        {
            reply.Write(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
