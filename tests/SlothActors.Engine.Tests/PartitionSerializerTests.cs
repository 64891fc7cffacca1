using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Engine.Partitions;
using SlothActors.Engine.Partitions.Serialization;
using SlothActors.Events;

namespace SlothActors.Engine.Tests;

public sealed class PartitionSerializerTests() : Akka.TestKit.Xunit2.TestKit(PartitionSerializerSetup.Hocon)
{
    private static readonly TimeSpan Nepal = new(5, 45, 0);
    private static readonly TimeSpan Newfoundland = -new TimeSpan(3, 30, 0);

    /// <summary>The golden value: every field of one event set, none of the other's optional ones.</summary>
    private static readonly EventsAccepted Golden = new(
    [
        new Event
        {
            Id = "e1",
            Type = "t.x",
            Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, Nepal).AddTicks(67),
            Data = """{"a":1}""",
            Status = EventStatus.Failed,
            Error = "boom",
            CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 6, Newfoundland),
            ProcessedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 7, TimeSpan.Zero),
            Stack = "prod",
            Source = "src",
            Severity = EventSeverity.Critical,
            CorrelationId = "c",
            CausationId = "p",
            Depth = 2,
            Tags = ["a", "é"],
            Attempts = 3,
            Extra = "{}",
        },
        new Event
        {
            Id = "e2",
            Type = "t",
            Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        },
    ]);

    /// <summary>
    /// <see cref="Golden"/> in the v1 layout, byte by byte. A change here breaks every journal row
    /// written so far: make a new manifest instead.
    /// </summary>
    private const string GoldenHex =
        "02" // two events
        + "7f" + "026531" + "03742e78" // presence: all 7 optional fields; Id "e1"; Type "t.x"
        + "c3aa8d647b49de08" + "5901" // Timestamp: UTC ticks, +345 minutes
        + "077b2261223a317d" + "03" + "04626f6f6d" // Data {"a":1}; Status Failed (3); Error "boom"
        + "00037fedc849de08" + "2eff" // CreatedAt: UTC ticks, -210 minutes
        + "802de897ab49de08" + "0000" // ProcessedAt: UTC ticks, +0
        + "0470726f64" + "03737263" + "04" // Stack "prod"; Source "src"; Severity Critical (4)
        + "0163" + "0170" + "04" // CorrelationId "c"; CausationId "p"; Depth 2 (zigzag 4)
        + "02" + "0161" + "02c3a9" + "06" + "027b7d" // Tags ["a", "é"]; Attempts 3 (zigzag 6); Extra "{}"
        + "00" + "026532" + "0174" // presence: none; Id "e2"; Type "t"
        + "8000b796ab49de08" + "0000" // Timestamp
        + "027b7d" + "00" // Data "{}"; Status Pending
        + "8000b796ab49de08" + "0000" // CreatedAt
        + "01" + "00" + "00" + "00"; // Severity Info; Depth 0; no tags; Attempts 0

    private PartitionSerializer Serializer => new((ExtendedActorSystem)Sys);

    [Fact]
    public void An_event_with_every_field_set_round_trips_exactly()
    {
        var full = FullEvent("01JFULL", Nepal) with { Tags = ["billing", "ünïcödé", "🦥", ""] };

        var back = RoundTrip(new EventsAccepted([full, FullEvent("01JNEXT", Newfoundland)]));

        back.Events.Count.ShouldBe(2);
        ShouldBeExactly(back.Events[0], full);
        ShouldBeExactly(back.Events[1], FullEvent("01JNEXT", Newfoundland));
    }

    [Fact]
    public void An_event_with_only_its_required_fields_round_trips_with_its_nulls_and_defaults()
    {
        var minimal = new Event { Id = "01JMIN", Type = "task.completed", Timestamp = DateTimeOffset.UnixEpoch, CreatedAt = DateTimeOffset.UnixEpoch };

        var back = RoundTrip(new EventsAccepted([minimal])).Events.ShouldHaveSingleItem();

        ShouldBeExactly(back, minimal);
        back.Data.ShouldBe("{}");
        back.Extra.ShouldBeNull();
        back.Stack.ShouldBeNull();
        back.ProcessedAt.ShouldBeNull();
        back.Tags.ShouldBeEmpty();
    }

    [Fact]
    public void Empty_optional_strings_stay_empty_and_do_not_become_null()
    {
        var empty = new Event
        {
            Id = "",
            Type = "",
            Timestamp = DateTimeOffset.UnixEpoch,
            CreatedAt = DateTimeOffset.UnixEpoch,
            Data = "",
            Error = "",
            Stack = "",
            Source = "",
            CorrelationId = "",
            CausationId = "",
            Extra = "",
        };

        var back = RoundTrip(new EventsAccepted([empty])).Events.ShouldHaveSingleItem();

        ShouldBeExactly(back, empty);
        back.Extra.ShouldNotBeNull().ShouldBeEmpty();
        back.Stack.ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public void Extreme_values_round_trip_exactly()
    {
        var extreme = new Event
        {
            Id = new string('i', 41), // the longest string written in one pass
            Type = new string('t', 42), // the shortest that counts its bytes first
            Timestamp = DateTimeOffset.MinValue.ToOffset(TimeSpan.FromHours(14)),
            CreatedAt = DateTimeOffset.MaxValue.ToOffset(TimeSpan.FromHours(-14)),
            ProcessedAt = DateTimeOffset.MaxValue,
            Data = string.Concat(Enumerable.Repeat("é🦥", 5000)),
            Error = new string('€', 41), // 123 bytes: still a one-byte length
            Stack = new string('x', 128),
            Status = EventStatus.Completed,
            Severity = EventSeverity.Debug,
            Depth = int.MaxValue,
            Attempts = int.MinValue,
        };

        ShouldBeExactly(RoundTrip(new EventsAccepted([extreme])).Events.ShouldHaveSingleItem(), extreme);
        ShouldBeExactly(RoundTrip(new EventsAccepted([extreme with { Depth = -1, Attempts = 0 }])).Events.ShouldHaveSingleItem(), extreme with { Depth = -1, Attempts = 0 });
    }

    [Fact]
    public void A_batch_larger_than_the_first_buffer_round_trips_in_order()
    {
        var events = Enumerable.Range(0, 1000)
            .Select(i => FullEvent($"01JBATCH{i:D5}", TimeSpan.FromMinutes(i % 60)) with { Data = $$"""{"n":{{i}},"pad":"{{new string('p', i)}}"}""" })
            .ToList();

        var back = RoundTrip(new EventsAccepted(events));

        back.Events.Count.ShouldBe(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            ShouldBeExactly(back.Events[i], events[i]);
        }
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_the_replacement_character()
    {
        var e = new Event { Id = "a\uD800b", Type = "t", Timestamp = DateTimeOffset.UnixEpoch, CreatedAt = DateTimeOffset.UnixEpoch };

        RoundTrip(new EventsAccepted([e])).Events.ShouldHaveSingleItem().Id.ShouldBe("a\uFFFDb");
    }

    [Theory]
    [InlineData]
    [InlineData("01JA")]
    [InlineData("01JC", "01JA", "01JB", "", "ünïcödé")]
    public void Completed_ids_and_a_snapshot_round_trip_in_order(params string[] ids)
    {
        RoundTrip(new EventsCompleted([.. ids])).EventIds.ShouldBe(ids);
        RoundTrip(new PartitionSnapshot([.. ids])).Unfinished.ShouldBe(ids);
    }

    [Fact]
    public void An_empty_batch_round_trips()
    {
        RoundTrip(new EventsAccepted([])).Events.ShouldBeEmpty();
    }

    [Fact]
    public void The_manifests_name_the_type_and_the_version()
    {
        Serializer.Identifier.ShouldBe(7301);
        Serializer.Manifest(new EventsAccepted([])).ShouldBe("accepted-v1");
        Serializer.Manifest(new EventsCompleted([])).ShouldBe("completed-v1");
        Serializer.Manifest(new PartitionSnapshot([])).ShouldBe("snapshot-v1");
    }

    [Fact]
    public void The_v1_layout_of_a_batch_is_locked_by_its_golden_bytes()
    {
        Convert.ToHexStringLower(Serializer.ToBinary(Golden)).ShouldBe(GoldenHex);

        var decoded = (EventsAccepted)Serializer.FromBinary(Convert.FromHexString(GoldenHex), "accepted-v1");
        decoded.Events.Count.ShouldBe(2);
        ShouldBeExactly(decoded.Events[0], Golden.Events[0]);
        ShouldBeExactly(decoded.Events[1], Golden.Events[1]);
    }

    [Theory]
    [InlineData("00", new string[0])]
    [InlineData("0401610262630000", new[] { "a", "bc", "", "" })]
    public void The_v1_layout_of_ids_is_locked_by_its_golden_bytes(string hex, string[] ids)
    {
        Convert.ToHexStringLower(Serializer.ToBinary(new EventsCompleted(ids))).ShouldBe(hex);
        Convert.ToHexStringLower(Serializer.ToBinary(new PartitionSnapshot(ids))).ShouldBe(hex);
        ((EventsCompleted)Serializer.FromBinary(Convert.FromHexString(hex), "completed-v1")).EventIds.ShouldBe(ids);
        ((PartitionSnapshot)Serializer.FromBinary(Convert.FromHexString(hex), "snapshot-v1")).Unfinished.ShouldBe(ids);
    }

    [Theory]
    [InlineData("accepted-v2")]
    [InlineData("SlothActors.Engine.Partitions.EventsAccepted")]
    [InlineData("")]
    public void An_unknown_manifest_is_refused_by_name(string manifest)
    {
        var failure = Should.Throw<SerializationException>(() => Serializer.FromBinary(Convert.FromHexString(GoldenHex), manifest));

        failure.Message.ShouldContain($"Unknown partition payload manifest '{manifest}'");
    }

    [Theory]
    [InlineData("accepted-v1")]
    [InlineData("completed-v1")]
    [InlineData("snapshot-v1")]
    public void Every_truncation_of_a_payload_is_refused_as_truncated(string manifest)
    {
        var bytes = manifest == "accepted-v1"
            ? Convert.FromHexString(GoldenHex)
            : Serializer.ToBinary(new EventsCompleted(["01JA", "01JB", "ünïcödé"]));

        for (var length = 0; length < bytes.Length; length++)
        {
            var failure = Should.Throw<SerializationException>(() => Serializer.FromBinary(bytes[..length], manifest), $"prefix of {length} bytes");
            failure.Message.ShouldContain($"'{manifest}'");
            failure.Message.ShouldContain("truncated");
        }
    }

    [Theory]
    [InlineData("accepted-v1", "ffffffff07", "event count at offset 0 is 2147483647, more than the 0 remaining bytes can hold")]
    [InlineData("accepted-v1", "0a" + "00" + "0161" + "0174", "event count at offset 0 is 10, more than the 5 remaining bytes can hold")]
    [InlineData("completed-v1", "03" + "0161", "id count at offset 0 is 3, more than the 2 remaining bytes can hold")]
    [InlineData("completed-v1", "01" + "ffffffff0f", "string length at offset 1 is negative (-1)")]
    [InlineData("snapshot-v1", "01" + "8080808080", "does not fit 32 bits")]
    [InlineData("snapshot-v1", "01" + "0161" + "00", "1 unexpected trailing bytes at offset 3")]
    [InlineData("snapshot-v1", "01" + "02c328", "string at offset 1 is not valid UTF-8")]
    public void A_corrupt_payload_is_refused_with_its_problem_named(string manifest, string hex, string problem)
    {
        var failure = Should.Throw<SerializationException>(() => Serializer.FromBinary(Convert.FromHexString(hex), manifest));

        failure.Message.ShouldContain($"'{manifest}'");
        failure.Message.ShouldContain(problem);
    }

    [Theory]
    [InlineData(0, "ff", "presence byte 0xFF has unknown bits")]
    [InlineData(19, "05", "Status 5 is not a known value")]
    [InlineData(20, "ffffffffffffff7f", "UTC ticks 9223372036854775807 out of range")]
    [InlineData(28, "4b03", "offset of 843 minutes, out of range")]
    [InlineData(30, "05", "Severity 5 is not a known value")]
    public void A_corrupt_event_field_is_refused_with_its_problem_named(int offset, string patch, string problem)
    {
        // The golden bytes end with the minimal event, 34 bytes: presence 0, Id 1-3, Type 4-5,
        // Timestamp 6-15, Data 16-18, Status 19, CreatedAt 20-29, Severity 30, Depth, tags, Attempts.
        var bytes = Convert.FromHexString(GoldenHex);
        Convert.FromHexString(patch).CopyTo(bytes, bytes.Length - 34 + offset);

        var failure = Should.Throw<SerializationException>(() => Serializer.FromBinary(bytes, "accepted-v1"));

        failure.Message.ShouldContain(problem);
    }

    [Fact]
    public void What_cannot_be_written_is_refused_with_a_serialization_exception()
    {
        var valid = new Event { Id = "01JBAD", Type = "t", Timestamp = DateTimeOffset.UnixEpoch, CreatedAt = DateTimeOffset.UnixEpoch };

        Should.Throw<SerializationException>(() => Serializer.ToBinary("not a payload")).Message.ShouldContain("System.String");
        Should.Throw<SerializationException>(() => Serializer.Manifest(42)).Message.ShouldContain("System.Int32");
        Should.Throw<SerializationException>(() => Serializer.ToBinary(new EventsAccepted([valid with { Data = null! }]))).Message.ShouldContain("'01JBAD': its Data is null");
        Should.Throw<SerializationException>(() => Serializer.ToBinary(new EventsAccepted([valid with { Status = (EventStatus)9 }]))).Message.ShouldContain("Status 9");
        Should.Throw<SerializationException>(() => Serializer.ToBinary(new EventsAccepted([valid with { Severity = (EventSeverity)(-1) }]))).Message.ShouldContain("Severity -1");
        Should.Throw<SerializationException>(() => Serializer.ToBinary(new EventsCompleted(["a", null!]))).Message.ShouldContain("id 1 is null");
    }

    [Fact]
    public void The_v1_layout_carries_every_field_of_an_event()
    {
        // A new Event field is lost by the v1 layout: carry it in a new layout (new manifests) before adding it here.
        typeof(Event).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order().ShouldBe(
        [
            "Attempts", "CausationId", "CorrelationId", "CreatedAt", "Data", "Depth", "Error", "Extra", "Id",
            "ProcessedAt", "Severity", "Source", "Stack", "Status", "Tags", "Timestamp", "Type",
        ]);
    }

    [Fact]
    public void The_hocon_binds_every_payload_type_to_the_serializer()
    {
        foreach (var type in new[] { typeof(EventsAccepted), typeof(EventsCompleted), typeof(PartitionSnapshot) })
        {
            Sys.Serialization.FindSerializerForType(type).ShouldBeOfType<PartitionSerializer>().Identifier.ShouldBe(PartitionSerializer.Id);
        }

        var original = new EventsCompleted(["01JA", "01JB"]);
        var serializer = Sys.Serialization.FindSerializerFor(original);
        var bytes = serializer.ToBinary(original);
        var back = Sys.Serialization.Deserialize(bytes, serializer.Identifier, Akka.Serialization.Serialization.ManifestFor(serializer, original));
        back.ShouldBeOfType<EventsCompleted>().EventIds.ShouldBe(original.EventIds);
    }

    [Fact]
    public async Task An_akka_hosting_system_with_AddPartitionSerializer_binds_every_payload_type_to_the_serializer()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddAkka("sloth", b => b.AddPartitionSerializer());
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var system = host.Services.GetRequiredService<ActorSystem>();
            foreach (var type in new[] { typeof(EventsAccepted), typeof(EventsCompleted), typeof(PartitionSnapshot) })
            {
                system.Serialization.FindSerializerForType(type).ShouldBeOfType<PartitionSerializer>().Identifier.ShouldBe(PartitionSerializer.Id);
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static Event FullEvent(string id, TimeSpan offset) => new()
    {
        Id = id,
        Type = "billing.invoice.paid",
        Timestamp = new DateTimeOffset(2026, 11, 21, 12, 0, 0, offset).AddTicks(1234567),
        Data = """{"invoice":"INV-7","amount":12.5,"note":"naïve ☕"}""",
        Status = EventStatus.Processing,
        Error = "hook 'notify': timeout",
        CreatedAt = new DateTimeOffset(2026, 11, 21, 12, 0, 1, offset),
        ProcessedAt = new DateTimeOffset(2026, 11, 21, 12, 0, 2, TimeSpan.FromHours(-7)),
        Stack = "prod/eu",
        Source = "billing-service",
        Severity = EventSeverity.Warning,
        CorrelationId = "corr-1",
        CausationId = "01JPARENT",
        Depth = 3,
        Tags = ["billing", "vip"],
        Attempts = 2,
        Extra = """{"region":"eu-west"}""",
    };

    /// <summary>
    /// Record equality is not enough: it compares lists by reference and a DateTimeOffset by its
    /// instant alone, ignoring the offset.
    /// </summary>
    private static void ShouldBeExactly(Event actual, Event expected)
    {
        actual.Tags.ShouldBe(expected.Tags);
        (actual with { Tags = expected.Tags }).ShouldBe(expected);
        actual.Timestamp.EqualsExact(expected.Timestamp).ShouldBeTrue($"Timestamp {actual.Timestamp:O} vs {expected.Timestamp:O}");
        actual.CreatedAt.EqualsExact(expected.CreatedAt).ShouldBeTrue($"CreatedAt {actual.CreatedAt:O} vs {expected.CreatedAt:O}");
        (actual.ProcessedAt?.Offset).ShouldBe(expected.ProcessedAt?.Offset);
    }

    private T RoundTrip<T>(T payload)
        where T : notnull
    {
        var serializer = Serializer;
        return serializer.FromBinary(serializer.ToBinary(payload), serializer.Manifest(payload)).ShouldBeOfType<T>();
    }
}
