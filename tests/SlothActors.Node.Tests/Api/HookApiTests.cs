using System.Net;
using System.Text.Json;

namespace SlothActors.Node.Tests.Api;

public class HookApiTests(EngineNode node) : IClassFixture<EngineNode>
{
    [Fact]
    public async Task Add_validates_stores_and_replies_201_with_the_hook()
    {
        var hook = await node.AddHookAsync(EngineNode.Hook("api_added", "hookapi.added"), stack: "prod");
        hook.GetProperty("name").GetString().ShouldBe("api_added");
        hook.GetProperty("event_types")[0].GetString().ShouldBe("hookapi.added");
        hook.GetProperty("stack").GetString().ShouldBe("prod");
        hook.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        var stored = await node.GetJsonAsync("/hooks/api_added");
        stored.GetProperty("script").GetString()!.ShouldContain("hook.execute");
        stored.GetProperty("script_sha256").GetString().ShouldBe(hook.GetProperty("script_sha256").GetString());
    }

    [Fact]
    public async Task A_duplicate_name_is_a_409_problem()
    {
        await node.AddHookAsync(EngineNode.Hook("api_dup", "hookapi.dup"));
        using var response = await node.PostAsync("/hooks", JsonSerializer.Serialize(new { script = EngineNode.Hook("api_dup", "hookapi.other") }));
        var problem = await node.JsonAsync(response, HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe("urn:sloth:problem:duplicate-hook");
        problem.GetProperty("detail").GetString()!.ShouldContain("api_dup");
    }

    [Fact]
    public async Task Invalid_lua_is_a_422_naming_the_line()
    {
        using var response = await node.PostAsync("/hooks", JsonSerializer.Serialize(new { script = "local hook = {}\nfunction hook.execute(\n  return true\nend" }));
        var problem = await node.JsonAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().ShouldBe("urn:sloth:problem:invalid-hook");
        problem.GetProperty("detail").GetString()!.ShouldContain("line 3");
    }

    [Theory]
    [InlineData("""{"name": "x"}""", 422, "script")]
    [InlineData("""{"script": 42}""", 422, "script")]
    [InlineData("""{"script": "return {}", "enabled": "yes"}""", 422, "enabled")]
    [InlineData("""{"script": """, 400, null)]
    public async Task Malformed_add_bodies_are_problems(string body, int status, string? field)
    {
        using var response = await node.PostAsync("/hooks", body);
        var problem = await node.JsonAsync(response, (HttpStatusCode)status);
        if (field is not null)
        {
            problem.GetProperty("field").GetString().ShouldBe(field);
        }
    }

    [Fact]
    public async Task A_script_over_the_limit_is_a_413()
    {
        var script = EngineNode.Hook("api_big", "hookapi.big") + "--" + new string('x', EngineNode.TestOptions.MaxScriptBytes);
        using var response = await node.PostAsync("/hooks", JsonSerializer.Serialize(new { script }));
        await node.JsonAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task List_filters_by_stack()
    {
        await node.AddHookAsync(EngineNode.Hook("api_list_a", "hookapi.list"), stack: "list-stack");
        await node.AddHookAsync(EngineNode.Hook("api_list_b", "hookapi.list"));
        var all = await node.GetJsonAsync("/hooks");
        all.GetProperty("hooks").EnumerateArray().Select(h => h.GetProperty("name").GetString()).ShouldContain("api_list_b");
        var stacked = await node.GetJsonAsync("/hooks?stack=list-stack");
        stacked.GetProperty("hooks").EnumerateArray().Select(h => h.GetProperty("name").GetString()).ShouldBe(["api_list_a"]);
    }

    [Fact]
    public async Task A_disabled_hook_does_not_run_and_runs_again_once_enabled()
    {
        await node.AddHookAsync(EngineNode.Hook("api_switch", "hookapi.switch"));
        using (var disabled = await node.PostAsync("/hooks/api_switch/disable", ""))
        {
            (await node.JsonAsync(disabled, HttpStatusCode.OK)).GetProperty("enabled").GetBoolean().ShouldBeFalse();
        }

        var skipped = await node.DispatchAsync("""{"event_type": "hookapi.switch"}""");
        await node.FinishedAsync(skipped);
        (await node.GetJsonAsync($"/events/{skipped}/executions")).GetProperty("count").GetInt32().ShouldBe(0);

        using (var enabled = await node.PostAsync("/hooks/api_switch/enable", ""))
        {
            (await node.JsonAsync(enabled, HttpStatusCode.OK)).GetProperty("enabled").GetBoolean().ShouldBeTrue();
        }

        var ran = await node.DispatchAsync("""{"event_type": "hookapi.switch"}""");
        await node.FinishedAsync(ran);
        (await node.GetJsonAsync($"/events/{ran}/executions")).GetProperty("count").GetInt32().ShouldBe(1);
        var history = await node.GetJsonAsync("/hooks/api_switch/history?limit=20");
        history.GetProperty("executions")[0].GetProperty("event_id").GetString().ShouldBe(ran);
    }

    [Fact]
    public async Task History_limit_is_bounded_and_unknown_hooks_are_404()
    {
        await node.AddHookAsync(EngineNode.Hook("api_history", "hookapi.history"));
        for (var i = 0; i < 3; i++)
        {
            await node.FinishedAsync(await node.DispatchAsync("""{"event_type": "hookapi.history"}"""));
        }

        (await node.GetJsonAsync("/hooks/api_history/history?limit=2")).GetProperty("count").GetInt32().ShouldBe(2);
        await node.GetJsonAsync("/hooks/api_history/history?limit=0", HttpStatusCode.UnprocessableEntity);
        await node.GetJsonAsync("/hooks/nobody/history", HttpStatusCode.NotFound);
        await node.GetJsonAsync("/hooks/nobody", HttpStatusCode.NotFound);
        using var enable = await node.PostAsync("/hooks/nobody/enable", "");
        await node.JsonAsync(enable, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_removes_the_hook_so_it_no_longer_runs()
    {
        await node.AddHookAsync(EngineNode.Hook("api_removed", "hookapi.removed"));
        using (var removed = await node.Client.DeleteAsync("/hooks/api_removed"))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var id = await node.DispatchAsync("""{"event_type": "hookapi.removed"}""");
        await node.FinishedAsync(id);
        (await node.GetJsonAsync($"/events/{id}/executions")).GetProperty("count").GetInt32().ShouldBe(0);
        using var again = await node.Client.DeleteAsync("/hooks/api_removed");
        await node.JsonAsync(again, HttpStatusCode.NotFound);
    }
}
