using System.Runtime.Serialization;
using Akka.Serialization;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Serialization;

namespace SlothActors.Commands.Tests.Serialization;

/// <summary>The command protocol's serializer inside a real actor system configured as the CLI's is.</summary>
public sealed class CommandSerializerTests() : Akka.TestKit.Xunit2.TestKit(CommandSerializerSetup.Hocon)
{
    public static TheoryData<string> MessageTypes => [.. Samples.All.Select(sample => sample.GetType().Name)];

    [Fact]
    public void There_is_a_sample_of_every_message_type_and_of_nothing_else()
    {
        Samples.All.Select(sample => sample.GetType()).ShouldBe(CommandManifests.Types, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(MessageTypes))]
    public void Every_message_round_trips_through_the_command_serializer_under_a_v1_manifest(string typeName)
    {
        var message = Samples.All.Single(sample => sample.GetType().Name == typeName);
        var serializer = Sys.Serialization.FindSerializerFor(message);
        serializer.ShouldBeOfType<CommandSerializer>();
        serializer.Identifier.ShouldBe(CommandSerializer.Id);
        var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, message);
        manifest.ShouldEndWith("-v1");

        var bytes = serializer.ToBinary(message);
        var back = Sys.Serialization.Deserialize(bytes, serializer.Identifier, manifest);

        back.ShouldBeOfType(message.GetType());
        Json(serializer, back).ShouldBe(Json(serializer, message), "every field survives the trip");
    }

    [Fact]
    public void Every_manifest_names_one_type()
    {
        var manifests = CommandManifests.Types.Select(type => CommandManifests.TryGetName(type, out var name) ? name : null).ToList();
        manifests.ShouldAllBe(name => name != null);
        manifests.Distinct().Count().ShouldBe(manifests.Count);
    }

    [Fact]
    public void A_manifest_of_another_protocol_version_is_refused_naming_it()
    {
        var serializer = Bound;
        var bytes = serializer.ToBinary(new RemoveHook("notify"));

        var refused = Should.Throw<SerializationException>(() => serializer.FromBinary(bytes, "hook-add-v2"));
        refused.Message.ShouldContain("'hook-add-v2'");
        refused.Message.ShouldContain("command protocol v1");
    }

    [Theory]
    [InlineData("""{"script": "return {}", "name": """)]
    [InlineData("""{"script": 5}""")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"script": null, "enabled": true}""")]
    public void Bytes_that_are_not_the_message_are_refused_naming_its_manifest(string json)
    {
        var serializer = Bound;

        var refused = Should.Throw<SerializationException>(() => serializer.FromBinary(System.Text.Encoding.UTF8.GetBytes(json), "hook-add-v1"));
        refused.Message.ShouldContain("'hook-add-v1'");
    }

    [Fact]
    public void A_type_that_is_not_a_command_message_is_refused()
    {
        var serializer = Bound;
        var notAMessage = new NotAMessage("x");

        Sys.Serialization.FindSerializerFor(notAMessage).ShouldNotBeOfType<CommandSerializer>();
        Should.Throw<SerializationException>(() => serializer.Manifest(notAMessage)).Message.ShouldContain("NotAMessage is not a command message");
        Should.Throw<SerializationException>(() => serializer.ToBinary(notAMessage)).Message.ShouldContain("NotAMessage is not a command message");
    }

    /// <summary>The serializer the actor system bound the command types to.</summary>
    private SerializerWithStringManifest Bound => (SerializerWithStringManifest)Sys.Serialization.FindSerializerForType(typeof(RemoveHook));

    private static string Json(Serializer serializer, object message) => System.Text.Encoding.UTF8.GetString(serializer.ToBinary(message));

    private sealed record NotAMessage(string Name);
}
