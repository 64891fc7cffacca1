using System.Net;

namespace SlothActors.Node.Tests.Api;

public class EventAdminTests(EngineNode node) : IClassFixture<EngineNode>
{
    [Fact]
    public async Task Executions_list_each_hook_run_of_an_event()
    {
        await node.AddHookAsync(EngineNode.Hook("admin_ok", "admin.run"));
        await node.AddHookAsync(EngineNode.Hook("admin_fail", "admin.run", "error(\"boom\")"));
        var id = await node.DispatchAsync("""{"event_type": "admin.run"}""");
        var evt = await node.FinishedAsync(id);
        evt.GetProperty("status").GetString().ShouldBe("failed");
        evt.GetProperty("error").GetString()!.ShouldContain("admin_fail");

        var executions = await node.GetJsonAsync($"/events/{id}/executions");
        executions.GetProperty("count").GetInt32().ShouldBe(2);
        var byName = executions.GetProperty("executions").EnumerateArray().ToDictionary(e => e.GetProperty("hook_name").GetString()!);
        byName["admin_ok"].GetProperty("success").GetBoolean().ShouldBeTrue();
        byName["admin_ok"].GetProperty("output").GetString()!.ShouldContain("ran admin.run");
        byName["admin_fail"].GetProperty("error").GetString()!.ShouldContain("boom");
        await node.GetJsonAsync("/events/nope/executions", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_removes_an_event_once()
    {
        var id = await node.DispatchAsync("""{"event_type": "admin.delete"}""");
        await node.FinishedAsync(id);
        using (var deleted = await node.Client.DeleteAsync($"/events/{id}"))
        {
            deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await node.GetJsonAsync($"/events/{id}", HttpStatusCode.NotFound);
        using var again = await node.Client.DeleteAsync($"/events/{id}");
        await node.JsonAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cleanup_deletes_finished_events_older_than_the_duration()
    {
        var id = await node.DispatchAsync("""{"event_type": "admin.cleanup"}""");
        await node.FinishedAsync(id);
        using (var keep = await node.PostAsync("/events/cleanup?older_than=720h", ""))
        {
            (await node.JsonAsync(keep, HttpStatusCode.OK)).GetProperty("older_than").GetString().ShouldBe("720h");
        }

        await node.GetJsonAsync($"/events/{id}");
        using var all = await node.PostAsync("/events/cleanup?older_than=0s", "");
        (await node.JsonAsync(all, HttpStatusCode.OK)).GetProperty("deleted").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        await node.GetJsonAsync($"/events/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cleanup_with_a_bad_duration_is_a_422_naming_older_than()
    {
        using var response = await node.PostAsync("/events/cleanup?older_than=a-while", "");
        (await node.JsonAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("field").GetString().ShouldBe("older_than");
    }
}
