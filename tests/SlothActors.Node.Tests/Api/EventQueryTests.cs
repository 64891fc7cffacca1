using System.Net;
using SlothActors.Events.Catalog;

namespace SlothActors.Node.Tests.Api;

public class EventQueryTests(EngineNode node) : IClassFixture<EngineNode>
{
    [Fact]
    public async Task Every_filter_of_the_protocol_narrows_the_list()
    {
        var source = "q" + Guid.NewGuid().ToString("N")[..8];
        await node.DispatchAsync($$"""{"event_type": "query.a", "source_system": "{{source}}", "severity": "error", "correlation_id": "c-{{source}}", "tags": ["x", "y"], "timestamp": "2025-01-01T00:00:00Z"}""");
        await node.DispatchAsync($$"""{"event_type": "query.b", "source_system": "{{source}}", "severity": "info", "tags": ["x"], "timestamp": "2025-02-01T00:00:00Z"}""");
        await node.DispatchAsync($$"""{"event_type": "query.b", "source_system": "{{source}}", "severity": "debug", "timestamp": "2025-03-01T00:00:00Z"}""");

        async Task<int> Count(string filter) =>
            (await node.GetJsonAsync($"/events?source_system={source}&{filter}")).GetProperty("count").GetInt32();

        (await Count("")).ShouldBe(3);
        (await Count("event_type=query.b")).ShouldBe(2);
        (await Count("severity=error")).ShouldBe(1);
        (await Count($"correlation_id=c-{source}")).ShouldBe(1);
        (await Count("tags=x")).ShouldBe(2);
        (await Count("tags=x&tags=y")).ShouldBe(1);
        (await Count("start_time=2025-01-15T00:00:00Z")).ShouldBe(2);
        (await Count("end_time=2025-01-15T00:00:00Z")).ShouldBe(1);
        (await Count("limit=1&offset=2")).ShouldBe(1);
    }

    [Fact]
    public async Task Sort_order_is_by_timestamp_descending_by_default_and_echoed_in_the_query()
    {
        var source = "s" + Guid.NewGuid().ToString("N")[..8];
        await node.DispatchAsync($$"""{"event_type": "query.sort", "source_system": "{{source}}", "timestamp": "2025-01-01T00:00:00Z"}""");
        await node.DispatchAsync($$"""{"event_type": "query.sort", "source_system": "{{source}}", "timestamp": "2025-06-01T00:00:00Z"}""");

        var desc = await node.GetJsonAsync($"/events?source_system={source}");
        desc.GetProperty("events")[0].GetProperty("timestamp").GetString().ShouldStartWith("2025-06");
        desc.GetProperty("query").GetProperty("sort_order").GetString().ShouldBe("desc");
        desc.GetProperty("query").GetProperty("limit").GetInt32().ShouldBe(100);
        var asc = await node.GetJsonAsync($"/events?source_system={source}&sort_by=timestamp&sort_order=asc");
        asc.GetProperty("events")[0].GetProperty("timestamp").GetString().ShouldStartWith("2025-01");
        asc.GetProperty("query").GetProperty("source_system").GetString().ShouldBe(source);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("severity=loud", "severity")]
    [InlineData("status=lost", "status")]
    [InlineData("start_time=yesterday", "start_time")]
    [InlineData("sort_by=size", "sort_by")]
    [InlineData("sort_order=sideways", "sort_order")]
    public async Task Out_of_range_filters_are_422_problems_naming_the_parameter(string filter, string field)
    {
        var problem = await node.GetJsonAsync($"/events?{filter}", HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("field").GetString().ShouldBe(field);
    }

    [Fact]
    public async Task Limit_1000_is_accepted()
    {
        (await node.GetJsonAsync("/events?limit=1000")).GetProperty("query").GetProperty("limit").GetInt32().ShouldBe(1000);
    }

    [Fact]
    public async Task An_unknown_event_is_a_404_problem()
    {
        var problem = await node.GetJsonAsync("/events/no-such-event", HttpStatusCode.NotFound);
        problem.GetProperty("type").GetString().ShouldBe("urn:sloth:problem:not-found");
    }

    [Fact]
    public async Task Correlation_lists_the_events_of_one_correlation_id_oldest_first()
    {
        var correlation = "corr-" + Guid.NewGuid();
        await node.DispatchAsync($$"""{"event_type": "corr.a", "correlation_id": "{{correlation}}", "timestamp": "2025-01-01T00:00:00Z"}""");
        await node.DispatchAsync($$"""{"event_type": "corr.b", "correlation_id": "{{correlation}}", "timestamp": "2025-01-02T00:00:00Z"}""");
        var reply = await node.GetJsonAsync($"/events/correlation/{correlation}");
        reply.GetProperty("correlation_id").GetString().ShouldBe(correlation);
        reply.GetProperty("count").GetInt32().ShouldBe(2);
        reply.GetProperty("events")[0].GetProperty("event_type").GetString().ShouldBe("corr.a");
    }

    [Fact]
    public async Task Stats_count_by_source_type_and_severity_within_the_time_range()
    {
        await node.DispatchAsync("""{"event_type": "stats.a", "source_system": "akosha", "severity": "warning", "timestamp": "1999-05-01T00:00:00Z"}""");
        await node.DispatchAsync("""{"event_type": "stats.a", "source_system": "akosha", "timestamp": "1999-05-02T00:00:00Z"}""");
        var stats = await node.GetJsonAsync("/events/stats?start_time=1999-05-01T00:00:00Z&end_time=1999-05-31T00:00:00Z");
        stats.GetProperty("total_events").GetInt64().ShouldBe(2);
        stats.GetProperty("by_source_system").GetProperty("akosha").GetInt64().ShouldBe(2);
        stats.GetProperty("by_event_type").GetProperty("stats.a").GetInt64().ShouldBe(2);
        stats.GetProperty("by_severity").GetProperty("warning").GetInt64().ShouldBe(1);
        stats.GetProperty("time_range").GetProperty("start").GetString().ShouldStartWith("1999-05-01");
        await node.GetJsonAsync("/events/stats?start_time=soon", HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Types_serves_the_whole_catalog()
    {
        var types = await node.GetJsonAsync("/events/types");
        types.GetProperty("count").GetInt32().ShouldBe(EventCatalog.All.Count);
        types.GetProperty("types")[0].GetProperty("name").GetString().ShouldBe(EventCatalog.All[0].Name);
    }
}
