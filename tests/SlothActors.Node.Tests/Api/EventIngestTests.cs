using System.Net;
using System.Text;

namespace SlothActors.Node.Tests.Api;

public class EventIngestTests(EngineNode node) : IClassFixture<EngineNode>
{
    [Fact]
    public async Task Post_events_answers_201_collected_and_the_event_is_processed()
    {
        using var response = await node.PostAsync("/events", """{"event_type": "ingest.one", "data": {"n": 1}}""");
        var reply = await node.JsonAsync(response, HttpStatusCode.Created);
        reply.GetProperty("status").GetString().ShouldBe("collected");
        var id = reply.GetProperty("event_id").GetString()!;
        (await node.FinishedAsync(id)).GetProperty("status").GetString().ShouldBe("completed");
    }

    [Fact]
    public async Task A_repeated_event_id_is_the_same_event()
    {
        var id = "dup-" + Guid.NewGuid();
        await node.DispatchAsync($$"""{"event_id": "{{id}}", "event_type": "ingest.dup"}""");
        await node.DispatchAsync($$$"""{"id": "{{{id}}}", "type": "ingest.dup", "data": {"second": true}}""");
        var list = await node.GetJsonAsync("/events?event_type=ingest.dup");
        list.GetProperty("count").GetInt32().ShouldBe(1);
        list.GetProperty("events")[0].GetProperty("data").GetRawText().ShouldBe("{}");
    }

    [Theory]
    [InlineData("""{"data": {}}""", 422, "missing-field", "event_type")]
    [InlineData("""{"event_type": "Bad Type"}""", 422, "invalid-field", "event_type")]
    [InlineData("""{"event_type": "ingest.bad", "severity": "loud"}""", 422, "invalid-field", "severity")]
    [InlineData("""{"event_type": "ingest.bad", "data": [1]}""", 422, "invalid-field", "data")]
    [InlineData("""{"event_type": "ingest.bad", "timestamp": "yesterday"}""", 422, "invalid-field", "timestamp")]
    [InlineData("""{"event_type": "ingest.bad",""", 400, "not-json", null)]
    [InlineData("not json at all", 400, "not-json", null)]
    public async Task Bad_events_are_problems_naming_the_field(string body, int status, string slug, string? field)
    {
        using var response = await node.PostAsync("/events", body);
        var problem = await node.JsonAsync(response, (HttpStatusCode)status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("type").GetString().ShouldBe("urn:sloth:problem:" + slug);
        if (field is not null)
        {
            problem.GetProperty("field").GetString().ShouldBe(field);
        }
    }

    [Fact]
    public async Task An_empty_body_is_a_400_problem()
    {
        using var response = await node.PostAsync("/events", "");
        (await node.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("type").GetString().ShouldBe("urn:sloth:problem:not-json");
    }

    [Fact]
    public async Task Data_over_the_limit_is_a_413_naming_data()
    {
        var data = new string('x', EngineNode.TestOptions.MaxDataBytes);
        using var response = await node.PostAsync("/events", $$$"""{"event_type": "ingest.big", "data": {"blob": "{{{data}}}"}}""");
        (await node.JsonAsync(response, HttpStatusCode.RequestEntityTooLarge)).GetProperty("field").GetString().ShouldBe("data");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        var body = new StringBuilder("[");
        while (body.Length <= EngineNode.TestOptions.MaxBodyBytes)
        {
            body.Append("""{"event_type": "ingest.body", "data": {"pad": "0123456789012345678901234567890123456789"}},""");
        }

        using var response = await node.PostAsync("/events/batch", body.Append("{\"type\": \"x\"}]").ToString());
        await node.JsonAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("2025-10-06T14:23:45Z")]
    [InlineData("2025-10-06T14:23:45+00:00")]
    [InlineData("2025-10-06T14:23:45.123456")]
    [InlineData("2025-10-06T14:23:45.123456+00:00")]
    public async Task Every_timestamp_form_of_the_protocol_is_read_as_utc(string timestamp)
    {
        var id = await node.DispatchAsync($$"""{"event_type": "ingest.time", "timestamp": "{{timestamp}}"}""");
        var evt = await node.GetJsonAsync($"/events/{id}");
        evt.GetProperty("timestamp").GetString().ShouldStartWith("2025-10-06T14:23:45");
        evt.GetProperty("timestamp").GetString().ShouldEndWith("+00:00");
    }

    [Fact]
    public async Task Unknown_fields_are_kept_and_trailing_slashes_tolerated()
    {
        using var response = await node.PostAsync("/events/", """{"event_type": "ingest.extra", "hostname": "web-01", "source_system": "session-buddy"}""");
        var id = (await node.JsonAsync(response, HttpStatusCode.Created)).GetProperty("event_id").GetString();
        var evt = await node.GetJsonAsync($"/events/{id}/");
        evt.GetProperty("hostname").GetString().ShouldBe("web-01");
        evt.GetProperty("source_system").GetString().ShouldBe("session-buddy");
    }

    [Theory]
    [InlineData("""[{"event_type": "batch.a"}, {"data": {}}, {"event_type": "batch.a"}]""")]
    [InlineData("""{"events": [{"event_type": "batch.a"}, {"data": {}}, {"event_type": "batch.a"}]}""")]
    public async Task A_batch_stores_the_good_events_and_describes_the_bad_one(string body)
    {
        using var response = await node.PostAsync("/events/batch", body);
        var reply = await node.JsonAsync(response, HttpStatusCode.Created);
        reply.GetProperty("status").GetString().ShouldBe("batch_completed");
        reply.GetProperty("collected").GetInt32().ShouldBe(2);
        reply.GetProperty("failed").GetInt32().ShouldBe(1);
        var error = reply.GetProperty("errors")[0];
        error.GetProperty("index").GetInt32().ShouldBe(1);
        error.GetProperty("field").GetString().ShouldBe("event_type");
        foreach (var id in reply.GetProperty("event_ids").EnumerateArray())
        {
            (await node.GetJsonAsync($"/events/{id.GetString()}")).GetProperty("event_type").GetString().ShouldBe("batch.a");
        }
    }

    [Fact]
    public async Task A_batch_over_the_event_limit_is_refused_whole_with_413()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("""{"event_type": "batch.over"}""", EngineNode.TestOptions.MaxBatchEvents + 1)) + "]";
        using var response = await node.PostAsync("/events/batch", body);
        await node.JsonAsync(response, HttpStatusCode.RequestEntityTooLarge);
        (await node.GetJsonAsync("/events?event_type=batch.over")).GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_batch_that_is_not_json_or_not_a_list_is_a_problem()
    {
        using var notJson = await node.PostAsync("/events/batch", "[{");
        await node.JsonAsync(notJson, HttpStatusCode.BadRequest);
        using var notList = await node.PostAsync("/events/batch", """{"event_type": "batch.single"}""");
        (await node.JsonAsync(notList, HttpStatusCode.UnprocessableEntity)).GetProperty("field").GetString().ShouldBe("events");
    }
}
