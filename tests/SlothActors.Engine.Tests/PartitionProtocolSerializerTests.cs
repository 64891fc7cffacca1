using System.Runtime.Serialization;
using Akka.Actor;
using SlothActors.Engine.Partitions;
using SlothActors.Engine.Partitions.Serialization;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;

namespace SlothActors.Engine.Tests;

/// <summary>
/// The partition messages that cross between nodes go through <see cref="PartitionSerializer"/>
/// (bound in HOCON as in Hosting), never Akka's default JSON serializer.
/// </summary>
public sealed class PartitionProtocolSerializerTests() : Akka.TestKit.Xunit2.TestKit(PartitionSerializerSetup.Hocon)
{
    private static readonly Event First = TestEvents.Of("task.failed", id: "01JA") with { Tags = ["x"], Data = """{"n":1}""" };
    private static readonly Event Second = TestEvents.Of("agent.disconnected", id: "01JB");

    public static TheoryData<object> Messages() =>
    [
        AttachPartition.Instance,
        new PartitionRecovered(7, ["01JA", "01JB"], [First, Second]),
        new PartitionRecovered(0, [], []),
        new PersistEvents(long.MaxValue, [First, Second]),
        new EventsPersisted(3, 15, [Second]),
        new ChunkProjected(["01JA", "ünï"]),
        new CompleteEvents(["01JB"]),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_message_is_bound_to_the_partition_serializer_and_round_trips(object message)
    {
        var serializer = Sys.Serialization.FindSerializerFor(message);
        serializer.ShouldBeOfType<PartitionSerializer>();

        // The way remoting does it: the serializer's id and the message's manifest travel with the bytes.
        var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, message);
        manifest.ShouldEndWith("-v1");
        var back = Sys.Serialization.Deserialize(serializer.ToBinary(message), serializer.Identifier, manifest);
        Describe(back).ShouldBe(Describe(message));
    }

    [Fact]
    public void The_manifests_name_the_message_and_the_version()
    {
        var serializer = new PartitionSerializer((ExtendedActorSystem)Sys);
        serializer.Manifest(AttachPartition.Instance).ShouldBe("attach-v1");
        serializer.Manifest(new PartitionRecovered(0, [], [])).ShouldBe("recovered-v1");
        serializer.Manifest(new PersistEvents(0, [])).ShouldBe("persist-v1");
        serializer.Manifest(new EventsPersisted(0, 0, [])).ShouldBe("persisted-v1");
        serializer.Manifest(new ChunkProjected([])).ShouldBe("projected-v1");
        serializer.Manifest(new CompleteEvents([])).ShouldBe("complete-v1");
    }

    [Fact]
    public void The_v1_layout_of_a_persisted_answer_is_locked_by_its_golden_bytes()
    {
        var serializer = new PartitionSerializer((ExtendedActorSystem)Sys);

        // Chunk 2 as int64 little-endian, partition 5 as zigzag (0a), no events.
        Convert.ToHexStringLower(serializer.ToBinary(new EventsPersisted(2, 5, []))).ShouldBe("0200000000000000" + "0a" + "00");
        Convert.ToHexStringLower(serializer.ToBinary(new ChunkProjected(["e1"]))).ShouldBe("01" + "026531");
        serializer.ToBinary(AttachPartition.Instance).ShouldBeEmpty();
    }

    [Fact]
    public void Truncated_or_trailing_bytes_are_refused_with_the_manifest_named()
    {
        var serializer = new PartitionSerializer((ExtendedActorSystem)Sys);
        var bytes = serializer.ToBinary(new PersistEvents(9, [First]));

        Should.Throw<SerializationException>(() => serializer.FromBinary(bytes[..^3], "persist-v1")).Message.ShouldContain("persist-v1");
        Should.Throw<SerializationException>(() => serializer.FromBinary([.. bytes, 0], "persist-v1")).Message.ShouldContain("persist-v1");
        Should.Throw<SerializationException>(() => serializer.FromBinary([1], "attach-v1"));
    }

    /// <summary>The records compare their lists by reference, so compare a rendering of every field instead.</summary>
    private static string Describe(object message) => message switch
    {
        AttachPartition => "attach",
        PartitionRecovered r => $"recovered {r.Partition} [{string.Join(",", r.Unfinished)}] [{Events(r.Replayed)}]",
        PersistEvents p => $"persist {p.Chunk} [{Events(p.Events)}]",
        EventsPersisted p => $"persisted {p.Chunk} {p.Partition} [{Events(p.Taken)}]",
        ChunkProjected c => $"projected [{string.Join(",", c.EventIds)}]",
        CompleteEvents c => $"complete [{string.Join(",", c.EventIds)}]",
        _ => throw new ArgumentOutOfRangeException(nameof(message), message, "not a partition message"),
    };

    private static string Events(IEnumerable<Event> events) =>
        string.Join(";", events.Select(e => $"{e.Id}|{e.Type}|{e.Data}|{e.Timestamp:O}|{e.CreatedAt:O}|{string.Join("+", e.Tags)}|{e.Status}|{e.Severity}"));
}
