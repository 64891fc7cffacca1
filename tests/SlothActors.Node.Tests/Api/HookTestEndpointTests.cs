using System.Net;
using System.Text.Json;

namespace SlothActors.Node.Tests.Api;

public class HookTestEndpointTests(EngineNode node) : IClassFixture<EngineNode>
{
    [Fact]
    public async Task A_script_runs_on_the_event_and_nothing_is_recorded()
    {
        var before = (await node.GetJsonAsync("/events/stats")).GetProperty("total_events").GetInt64();
        var body = JsonSerializer.Serialize(new
        {
            script = EngineNode.Hook("try_me", "tester.run", "log.info(\"task \" .. event.data.task)\n  return true, \"done\""),
            @event = new { event_type = "tester.run", data = new { task = "deploy" } },
        });
        using var response = await node.PostAsync("/hooks/test", body);
        var result = await node.JsonAsync(response, HttpStatusCode.OK);
        result.GetProperty("success").GetBoolean().ShouldBeTrue();
        result.GetProperty("output").GetString()!.ShouldContain("task deploy");
        result.GetProperty("duration_ms").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        (await node.GetJsonAsync("/events/stats")).GetProperty("total_events").GetInt64().ShouldBe(before);
        await node.GetJsonAsync("/hooks/try_me", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_failing_hook_reports_its_error_with_200()
    {
        var body = JsonSerializer.Serialize(new { script = EngineNode.Hook("try_fail", "tester.fail", "error(\"no disk\")"), @event = new { type = "tester.fail" } });
        using var response = await node.PostAsync("/hooks/test", body);
        var result = await node.JsonAsync(response, HttpStatusCode.OK);
        result.GetProperty("success").GetBoolean().ShouldBeFalse();
        result.GetProperty("error").GetString()!.ShouldContain("no disk");
    }

    [Fact]
    public async Task A_registered_hook_runs_by_name_without_counting_a_run()
    {
        await node.AddHookAsync(EngineNode.Hook("tester_named", "tester.named"));
        using var response = await node.PostAsync("/hooks/test", """{"name": "tester_named", "event": {"event_type": "tester.named"}}""");
        (await node.JsonAsync(response, HttpStatusCode.OK)).GetProperty("output").GetString()!.ShouldContain("ran tester.named");
        (await node.GetJsonAsync("/hooks/tester_named")).GetProperty("run_count").GetInt64().ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"name": "nobody", "event": {"event_type": "tester.x"}}""", 404)]
    [InlineData("""{"event": {"event_type": "tester.x"}}""", 422)]
    [InlineData("""{"name": "a", "script": "b", "event": {"event_type": "tester.x"}}""", 422)]
    [InlineData("""{"name": "tester_named"}""", 422)]
    [InlineData("""{"name": "tester_named", "event": {"data": {}}}""", 422)]
    [InlineData("""{"script": "return {", "event": {"event_type": "tester.x"}}""", 422)]
    [InlineData("""not json""", 400)]
    public async Task Bad_test_requests_are_problems(string body, int status)
    {
        using var response = await node.PostAsync("/hooks/test", body);
        await node.JsonAsync(response, (HttpStatusCode)status);
    }
}
