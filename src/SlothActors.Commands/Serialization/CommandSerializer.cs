using System.Runtime.Serialization;
using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;

namespace SlothActors.Commands.Serialization;

/// <summary>
/// Akka serializer of the command protocol: UTF-8 JSON of each message's own layout
/// (<see cref="CommandJson"/>), named by a versioned manifest (<see cref="CommandManifests"/>).
/// Never Akka's Newtonsoft default, whose type names tie both sides to one assembly version
/// and whose mismatches only show as timeouts. Register it with <see cref="CommandSerializerSetup"/>.
/// </summary>
public sealed class CommandSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The serializer's id, on every remoted command; never change it.</summary>
    public const int Id = 7310;

    public override int Identifier => Id;

    /// <exception cref="SerializationException">The object is not a command message.</exception>
    public override string Manifest(object o) =>
        CommandManifests.TryGetName(o.GetType(), out var name) ? name : throw NotAMessage(o.GetType().Name);

    /// <exception cref="SerializationException">The object is not a command message.</exception>
    public override byte[] ToBinary(object obj) =>
        JsonSerializer.SerializeToUtf8Bytes(obj, TypeInfo(obj.GetType(), obj.GetType().Name));

    /// <exception cref="SerializationException">An unknown manifest (another protocol version) or bytes that are not that message.</exception>
    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (!CommandManifests.TryGetType(manifest, out var type))
        {
            throw new SerializationException(
                $"unknown command message '{manifest}': this side speaks command protocol v{CommandManifests.Version}; run a `sloth` of the node's version");
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, TypeInfo(type, manifest))
                ?? throw new SerializationException($"command message '{manifest}' is empty");
        }
        catch (JsonException ex)
        {
            throw new SerializationException($"command message '{manifest}' is malformed: {ex.Message}", ex);
        }
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo TypeInfo(Type type, string name) =>
        CommandJson.Default.GetTypeInfo(type) ?? throw NotAMessage(name);

    private static SerializationException NotAMessage(string name) =>
        new($"{name} is not a command message; CommandSerializer only carries the types in CommandManifests");
}
