using Akka.Configuration;

namespace SlothActors.Commands.Serialization;

/// <summary>
/// Binds every command message to <see cref="CommandSerializer"/>. The node registers it through
/// Akka.Hosting with <see cref="SerializerName"/> and <see cref="CommandManifests.Types"/>; the
/// CLI's bare actor system takes <see cref="Hocon"/>.
/// </summary>
public static class CommandSerializerSetup
{
    /// <summary>The serializer's name in <c>akka.actor.serializers</c>.</summary>
    public const string SerializerName = "sloth-command";

    public static Config Hocon { get; } = ConfigurationFactory.ParseString($$"""
        akka.actor {
          serializers {
            {{SerializerName}} = "{{TypeName(typeof(CommandSerializer))}}"
          }
          serialization-bindings {
            {{string.Join("\n    ", CommandManifests.Types.Select(t => $"\"{TypeName(t)}\" = {SerializerName}"))}}
          }
          serialization-identifiers {
            "{{TypeName(typeof(CommandSerializer))}}" = {{CommandSerializer.Id}}
          }
        }
        """);

    /// <summary>The assembly-qualified name Akka's configuration expects: <c>Full.Type.Name, Assembly</c>.</summary>
    private static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
