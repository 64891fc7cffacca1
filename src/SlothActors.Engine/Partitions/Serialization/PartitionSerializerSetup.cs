using Akka.Configuration;
using Akka.Hosting;

namespace SlothActors.Engine.Partitions.Serialization;

/// <summary>
/// Binds the partition payload types to <see cref="PartitionSerializer"/>: through Akka.Hosting
/// (<see cref="AddPartitionSerializer"/>) or, for an actor system built from HOCON alone (the
/// TestKit's), with <see cref="Hocon"/>.
/// </summary>
public static class PartitionSerializerSetup
{
    /// <summary>The serializer's name in <c>akka.actor.serializers</c>.</summary>
    public const string SerializerName = "sloth-partition";

    // The journal's payloads, then the messages that cross between nodes.
    private static readonly Type[] PayloadTypes =
    [
        typeof(EventsAccepted), typeof(EventsCompleted), typeof(PartitionSnapshot),
        typeof(AttachPartition), typeof(PartitionRecovered), typeof(PersistEvents), typeof(EventsPersisted), typeof(ChunkProjected), typeof(CompleteEvents),
    ];

    /// <summary>
    /// <c>akka.actor.serializers</c>, <c>serialization-bindings</c> and
    /// <c>serialization-identifiers</c> for <see cref="PartitionSerializer"/>; the same as
    /// <see cref="AddPartitionSerializer"/> for a system not built by Akka.Hosting.
    /// </summary>
    public static Config Hocon { get; } = ConfigurationFactory.ParseString($$"""
        akka.actor {
          serializers {
            {{SerializerName}} = "{{TypeName(typeof(PartitionSerializer))}}"
          }
          serialization-bindings {
            {{string.Join("\n    ", PayloadTypes.Select(t => $"\"{TypeName(t)}\" = {SerializerName}"))}}
          }
          serialization-identifiers {
            "{{TypeName(typeof(PartitionSerializer))}}" = {{PartitionSerializer.Id}}
          }
        }
        """);

    /// <summary>Registers <see cref="PartitionSerializer"/> for the partition payload types.</summary>
    public static AkkaConfigurationBuilder AddPartitionSerializer(this AkkaConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithCustomSerializer(SerializerName, PayloadTypes, system => new PartitionSerializer(system));
    }

    /// <summary>The assembly-qualified name Akka's configuration expects: <c>Full.Type.Name, Assembly</c>.</summary>
    private static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
