using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Tests.Cli;

public class CliVerbTests
{
    private const string Event = """
        {"id": "a1b2c3d4-e5f6-7890", "event_id": "a1b2c3d4-e5f6-7890", "type": "task.failed", "status": "completed",
         "created_at": "2025-10-06T14:23:45.000000+00:00", "processed_at": "2025-10-06T14:23:46.000000+00:00", "data": {}}
        """;

    private const string Executions = """
        {"executions": [
          {"id": 1, "hook_name": "notify_slack", "success": true, "duration_ms": 234, "executed_at": "2025-10-06T14:23:46+00:00"},
          {"id": 2, "hook_name": "rollback_deploy", "success": false, "duration_ms": 123, "executed_at": "2025-10-06T14:23:46+00:00",
           "error": "Failed to connect to deployment server: connection refused"}]}
        """;

    [Fact]
    public async Task Events_show_prints_the_header_the_executions_table_and_each_failed_hooks_error()
    {
        await using var node = await FakeNode.StartAsync(app =>
        {
            app.MapGet("/events/{id}", () => FakeNode.Json(Event));
            app.MapGet("/events/{id}/executions", () => FakeNode.Json(Executions));
        });
        var (code, output, error) = await Sloth.RunAsync("events", "show", "a1b2c3d4-e5f6-7890", "--node", node.Url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldStartWith("""
            Event: a1b2c3d4-e5f6-7890
            Type: task.failed
            Status: completed
            Created: 2025-10-06 14:23:45
            Processed: 2025-10-06 14:23:46

            Hook Executions

            """.ReplaceLineEndings("\n"));
        var lines = output.Split('\n');
        lines.ShouldContain(l => l.Contains("Hook Name") && l.Contains("Status") && l.Contains("Duration") && l.Contains("Executed At"));
        lines.ShouldContain(l => l.Contains("notify_slack") && l.Contains("✅ Success") && l.Contains("234ms") && l.Contains("2025-10-06 14:23:46"));
        lines.ShouldContain(l => l.Contains("rollback_deploy") && l.Contains("❌ Failed") && l.Contains("123ms"));
        output.ShouldEndWith("""

            Hook: rollback_deploy
            Error:
            Failed to connect to deployment server: connection refused

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Json_output_prints_the_nodes_reply_as_sent()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/events/{id}", () => FakeNode.Json(Event)));
        var (code, output, _) = await Sloth.RunAsync("events", "get", "x", "--node", node.Url, "--output", "json");
        code.ShouldBe(0);
        output.ShouldBe(Event.ReplaceLineEndings(" ") + "\n");
    }

    [Fact]
    public async Task A_problem_reply_becomes_a_one_line_reason_and_exit_code_1()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/hooks/{name}", () => Results.Text(
            """{"type": "urn:sloth:problem:not-found", "title": "Not found", "status": 404, "detail": "no hook named ghost"}""",
            "application/problem+json", statusCode: 404)));
        var (code, output, error) = await Sloth.RunAsync("hook", "get", "ghost", "--node", node.Url);
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe("Not found: no hook named ghost\n");
    }

    [Fact]
    public async Task The_token_is_sent_as_a_bearer_header()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/hooks", () => FakeNode.Json("""{"hooks": []}""")));
        var (code, _, _) = await Sloth.RunAsync("hook", "list", "--stack", "prod uction", "--node", node.Url, "--token", "tok-1");
        code.ShouldBe(0);
        node.Requests.Single().ShouldBe(("GET", "/hooks?stack=prod%20uction", "", "Bearer tok-1"));
    }

    [Fact]
    public async Task Hook_add_posts_the_script_text_with_the_chosen_options()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sloth-cli-").FullName, "notify.lua");
        await File.WriteAllTextAsync(file, "return function(event) return true end");
        await using var node = await FakeNode.StartAsync(app => app.MapPost("/hooks", () => FakeNode.Json(
            """{"name": "notify", "event_types": ["task.failed", "task.timeout"], "stack": "production", "enabled": false}""", 201)));
        var (code, output, _) = await Sloth.RunAsync(
            "hook", "add", file, "--name", "notify", "--event", "task.failed", "--event", "task.timeout", "--stack", "production", "--disabled", "--node", node.Url);
        code.ShouldBe(0);
        output.ShouldBe("Hook notify registered (disabled; events: task.failed, task.timeout; stack: production)\n");
        using var body = JsonDocument.Parse(node.Requests.Single().Body);
        body.RootElement.GetProperty("script").GetString().ShouldBe("return function(event) return true end");
        body.RootElement.GetProperty("event_types").EnumerateArray().Select(e => e.GetString()).ShouldBe(["task.failed", "task.timeout"]);
        body.RootElement.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        body.RootElement.GetProperty("stack").GetString().ShouldBe("production");
        File.Delete(file);
    }

    [Fact]
    public async Task Hook_add_of_a_missing_file_is_bad_input()
    {
        var (code, _, error) = await Sloth.RunAsync("hook", "add", "/nonexistent/hook.lua", "--node", $"http://127.0.0.1:{Sloth.ClosedPort()}");
        code.ShouldBe(1);
        error.ShouldBe("no hook file at /nonexistent/hook.lua\n");
    }

    [Fact]
    public async Task Hook_test_of_a_name_sends_the_event_and_exits_1_when_the_hook_fails()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapPost("/hooks/test", () => FakeNode.Json(
            """{"success": false, "output": "checking", "error": "boom", "duration_ms": 5}""")));
        var (code, output, _) = await Sloth.RunAsync("hook", "test", "notify", "--event", "task.failed", "--data", """{"k": 1}""", "--node", node.Url);
        code.ShouldBe(1);
        output.ShouldBe("❌ Failed (5ms)\nOutput:\nchecking\nError:\nboom\n");
        using var body = JsonDocument.Parse(node.Requests.Single().Body);
        body.RootElement.GetProperty("name").GetString().ShouldBe("notify");
        body.RootElement.GetProperty("event").GetProperty("event_type").GetString().ShouldBe("task.failed");
        body.RootElement.GetProperty("event").GetProperty("data").GetProperty("k").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Events_list_sends_its_filters_and_prints_a_table()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/events", () => FakeNode.Json($$"""{"events": [{{Event}}], "count": 1}""")));
        var (code, output, _) = await Sloth.RunAsync("events", "list", "--type", "task.failed", "--status", "failed", "--limit", "5", "--node", node.Url);
        code.ShouldBe(0);
        node.Requests.Single().PathAndQuery.ShouldBe("/events?event_type=task.failed&status=failed&limit=5");
        output.Split('\n').ShouldContain(l => l.Contains("a1b2c3d4-e5f6-7890") && l.Contains("task.failed") && l.Contains("completed"));
    }

    [Fact]
    public async Task Cleanup_dispatch_delete_and_toggles_hit_their_endpoints()
    {
        await using var node = await FakeNode.StartAsync(app =>
        {
            app.MapPost("/events/cleanup", () => FakeNode.Json("""{"deleted": 42}"""));
            app.MapPost("/events", () => FakeNode.Json("""{"event_id": "e-1", "status": "collected"}""", 201));
            app.MapDelete("/events/{id}", () => Results.NoContent());
            app.MapPost("/hooks/{name}/disable", () => FakeNode.Json("""{"name": "h", "enabled": false}"""));
            app.MapDelete("/hooks/{name}", () => Results.NoContent());
        });
        (await Sloth.RunAsync("events", "cleanup", "--older-than", "720h", "--node", node.Url)).Out.ShouldBe("Deleted 42 events older than 720h.\n");
        (await Sloth.RunAsync("events", "dispatch", "task.failed", "--stack", "prod", "--node", node.Url)).Out.ShouldBe("Event e-1 dispatched (task.failed).\n");
        (await Sloth.RunAsync("events", "delete", "e-1", "--node", node.Url)).Out.ShouldBe("Event e-1 deleted.\n");
        (await Sloth.RunAsync("hook", "disable", "h", "--node", node.Url)).Out.ShouldBe("Hook h disabled.\n");
        (await Sloth.RunAsync("hook", "remove", "h", "--node", node.Url)).Out.ShouldBe("Hook h removed.\n");
        node.Requests.Select(r => $"{r.Method} {r.PathAndQuery}").ShouldBe(
            ["POST /events/cleanup?older_than=720h", "POST /events", "DELETE /events/e-1", "POST /hooks/h/disable", "DELETE /hooks/h"]);
        node.Requests.ElementAt(1).Body.ShouldBe("""{"event_type":"task.failed","stack":"prod"}""");
    }

    [Fact]
    public async Task Events_tail_prints_each_streamed_event_until_the_node_closes()
    {
        await using var node = await FakeNode.StartAsync(app =>
        {
            app.UseWebSockets();
            app.Map("/events/stream", async (HttpContext context) =>
            {
                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                foreach (var id in new[] { "e-1", "e-2" })
                {
                    var json = $$$"""{"id": "{{{id}}}", "type": "task.failed", "timestamp": "2025-10-06T14:23:45.000000+00:00", "stack": "prod", "data": {"n": 1}}""";
                    await socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(json), System.Net.WebSockets.WebSocketMessageType.Text, true, default);
                }

                await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", default);
            });
        });
        var (code, output, error) = await Sloth.RunAsync("events", "tail", "--type", "task.failed", "--node", node.Url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldBe(
            "2025-10-06T14:23:45.000000+00:00  task.failed  e-1  stack=prod  {\"n\": 1}\n" +
            "2025-10-06T14:23:45.000000+00:00  task.failed  e-2  stack=prod  {\"n\": 1}\n");
        node.Requests.Single().PathAndQuery.ShouldBe("/events/stream?event_type=task.failed");
    }
}
