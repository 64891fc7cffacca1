using SlothActors.Events;

namespace SlothActors.Node.Tests.Protocol;

public class EventParserToleranceTests
{
    [Theory]
    [InlineData("""{"event_type": "task.failed"}""")]
    [InlineData("""{"type": "task.failed"}""")]
    [InlineData("""{"type": "task.failed", "event_type": "task.failed"}""")]
    public void Event_type_and_type_are_one_field(string body) =>
        Parse.One(body).Type.ShouldBe("task.failed");

    [Theory]
    [InlineData("""{"event_id": "abc-1", "event_type": "x"}""")]
    [InlineData("""{"id": "abc-1", "event_type": "x"}""")]
    public void Event_id_and_id_are_one_field(string body) =>
        Parse.One(body).Id.ShouldBe("abc-1");

    [Fact]
    public void A_missing_id_becomes_a_time_ordered_uuid_v7()
    {
        var id = Guid.Parse(Parse.One("""{"event_type": "x"}""").Id);
        id.Version.ShouldBe(7);
    }

    [Theory]
    [InlineData("2025-10-06T14:23:45Z", 0L)]
    [InlineData("2025-10-06T14:23:45+00:00", 0L)]
    [InlineData("2025-10-06T14:23:45.123456Z", 1_234_560L)]
    [InlineData("2025-10-06T14:23:45.123456", 1_234_560L)]
    [InlineData("2025-10-06T14:23:45", 0L)]
    [InlineData("2025-10-06T16:23:45+02:00", 0L)]
    [InlineData("2025-10-06 14:23:45", 0L)]
    public void Timestamps_in_every_tolerated_form_read_as_the_same_utc_instant(string text, long extraTicks)
    {
        var evt = Parse.One($$"""{"event_type": "x", "timestamp": "{{text}}"}""");
        evt.Timestamp.ShouldBe(new DateTimeOffset(2025, 10, 6, 14, 23, 45, TimeSpan.Zero).AddTicks(extraTicks));
        evt.Timestamp.Offset.ShouldBe(TimeSpan.Zero, "no offset means UTC, not the server's zone");
    }

    [Fact]
    public void A_missing_timestamp_is_server_time_and_created_at_is_always_server_time()
    {
        var evt = Parse.One("""{"event_type": "x", "timestamp": "2020-01-01T00:00:00Z"}""");
        evt.CreatedAt.ShouldBe(Parse.Now);
        Parse.One("""{"event_type": "x"}""").Timestamp.ShouldBe(Parse.Now);
    }

    [Theory]
    [InlineData("", EventSeverity.Info)]
    [InlineData(""", "severity": null""", EventSeverity.Info)]
    [InlineData(""", "severity": "debug" """, EventSeverity.Debug)]
    [InlineData(""", "severity": "WARNING" """, EventSeverity.Warning)]
    [InlineData(""", "severity": "critical" """, EventSeverity.Critical)]
    public void Severity_defaults_to_info_and_ignores_case(string part, EventSeverity expected) =>
        Parse.One($$"""{"event_type": "x"{{part}}}""").Severity.ShouldBe(expected);

    [Theory]
    [InlineData("", "{}")]
    [InlineData(""", "data": null""", "{}")]
    [InlineData(""", "data": {"a": [1, {"b": "c"}]}""", """{"a": [1, {"b": "c"}]}""")]
    public void Data_is_kept_as_its_json_object_text(string part, string expected) =>
        Parse.One($$"""{"event_type": "x"{{part}}}""").Data.ShouldBe(expected);

    [Fact]
    public void Native_and_ecosystem_fields_land_on_the_event()
    {
        var evt = Parse.One("""
            {"event_type": "workflow_started", "source_system": "mahavishnu", "correlation_id": "c-1",
             "tags": ["a", "b"], "stack": "production", "causation_id": "p-1", "depth": 2}
            """);
        evt.Source.ShouldBe("mahavishnu");
        evt.CorrelationId.ShouldBe("c-1");
        evt.Tags.ShouldBe(["a", "b"]);
        evt.Stack.ShouldBe("production");
        evt.CausationId.ShouldBe("p-1");
        evt.Depth.ShouldBe(2);
        Parse.One("""{"type": "x", "source": "akosha"}""").Source.ShouldBe("akosha");
    }

    [Fact]
    public void Unknown_fields_are_kept_in_extra_with_their_json_values()
    {
        var evt = Parse.One("""{"event_type": "x", "hostname": "web-01", "retries": 3, "meta": {"k": [true, null]}}""");
        evt.Extra.ShouldBe("""{"hostname":"web-01","retries":3,"meta":{"k": [true, null]}}""");
        Parse.One("""{"event_type": "x"}""").Extra.ShouldBeNull();
    }

    [Fact]
    public void Fields_the_node_owns_are_ignored_not_kept()
    {
        var evt = Parse.One("""{"event_type": "x", "status": "completed", "attempts": 9, "created_at": "2000-01-01T00:00:00Z"}""");
        evt.Status.ShouldBe(EventStatus.Pending);
        evt.Attempts.ShouldBe(0);
        evt.CreatedAt.ShouldBe(Parse.Now);
        evt.Extra.ShouldBeNull();
    }

    [Fact]
    public void Escaped_property_names_are_recognised()
    {
        Parse.One("""{"event\u005ftype": "x"}""").Type.ShouldBe("x");
    }
}
