using System.Text.Json;
using SlothActors.Events;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Tests.Protocol;

public class EventJsonTests
{
    private static readonly Event Sample = new()
    {
        Id = "0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        Type = "task.failed",
        Timestamp = new DateTimeOffset(2025, 10, 6, 16, 23, 45, TimeSpan.FromHours(2)).AddTicks(1_234_567),
        Data = """{"task": "deploy", "n": [1, 2]}""",
        Status = EventStatus.Failed,
        Error = "rollback_deploy: connection refused",
        CreatedAt = new DateTimeOffset(2025, 10, 6, 14, 23, 46, TimeSpan.Zero),
        ProcessedAt = new DateTimeOffset(2025, 10, 6, 14, 23, 47, TimeSpan.Zero),
        Stack = "production",
        Source = "crackerjack",
        Severity = EventSeverity.Error,
        CorrelationId = "corr-1",
        CausationId = "parent-1",
        Depth = 1,
        Tags = ["ci", "deploy"],
        Attempts = 2,
        Extra = """{"hostname": "web-01", "type": "sneaky", "retries": 3}""",
    };

    [Fact]
    public void The_reply_carries_both_the_ecosystem_and_the_native_names()
    {
        using var json = JsonDocument.Parse(EventJson.ToJson(Sample));
        var root = json.RootElement;
        root.GetProperty("event_id").GetString().ShouldBe(Sample.Id);
        root.GetProperty("id").GetString().ShouldBe(Sample.Id);
        root.GetProperty("event_type").GetString().ShouldBe("task.failed");
        root.GetProperty("type").GetString().ShouldBe("task.failed");
        root.GetProperty("source_system").GetString().ShouldBe("crackerjack");
        root.GetProperty("timestamp").GetString().ShouldBe("2025-10-06T14:23:45.123456+00:00");
        root.GetProperty("severity").GetString().ShouldBe("error");
        root.GetProperty("correlation_id").GetString().ShouldBe("corr-1");
        root.GetProperty("data").GetProperty("n")[1].GetInt32().ShouldBe(2);
        root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["ci", "deploy"]);
        root.GetProperty("stack").GetString().ShouldBe("production");
        root.GetProperty("status").GetString().ShouldBe("failed");
        root.GetProperty("error").GetString().ShouldBe("rollback_deploy: connection refused");
        root.GetProperty("created_at").GetString().ShouldBe("2025-10-06T14:23:46.000000+00:00");
        root.GetProperty("processed_at").GetString().ShouldBe("2025-10-06T14:23:47.000000+00:00");
        root.GetProperty("causation_id").GetString().ShouldBe("parent-1");
        root.GetProperty("depth").GetInt32().ShouldBe(1);
        root.GetProperty("attempts").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Extra_fields_are_merged_back_but_never_over_a_reply_field()
    {
        var text = EventJson.ToJson(Sample);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("hostname").GetString().ShouldBe("web-01");
        json.RootElement.GetProperty("retries").GetInt32().ShouldBe(3);
        json.RootElement.EnumerateObject().Count(p => p.Name == "type").ShouldBe(1);
        json.RootElement.GetProperty("type").GetString().ShouldBe("task.failed");
    }

    [Fact]
    public void Parsing_a_reply_gives_back_the_producer_fields_and_the_extras()
    {
        var again = Parse.One(EventJson.ToJson(Sample));
        again.Id.ShouldBe(Sample.Id);
        again.Type.ShouldBe(Sample.Type);
        again.Timestamp.ShouldBe(Sample.Timestamp.AddTicks(-7), "the wire keeps microseconds");
        again.Stack.ShouldBe(Sample.Stack);
        again.Tags.ShouldBe(Sample.Tags);
        again.Extra.ShouldBe("""{"hostname":"web-01","retries":3}""");
    }

    [Fact]
    public void Empty_optional_fields_are_written_as_null_not_left_out()
    {
        var bare = new Event { Id = "e", Type = "x", Timestamp = Parse.Now, CreatedAt = Parse.Now };
        using var json = JsonDocument.Parse(EventJson.ToJson(bare));
        json.RootElement.GetProperty("processed_at").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("stack").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("data").GetRawText().ShouldBe("{}");
        json.RootElement.GetProperty("status").GetString().ShouldBe("pending");
    }

    [Fact]
    public void The_batch_reply_counts_and_describes_failures()
    {
        var batch = Parse.Batch("""[{"event_type": "a", "id": "one"}, {"data": {}}]""");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ReplyJson.WriteBatch(writer, batch);
        }

        System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan).ShouldBe(
            """{"collected":1,"failed":1,"status":"batch_completed","errors":[{"index":1,"field":"event_type","error":"event_type is required"}],"event_ids":["one"]}""");
    }
}
