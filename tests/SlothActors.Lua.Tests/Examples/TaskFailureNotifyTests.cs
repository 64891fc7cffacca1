using System.Text.Json;
using SlothActors.Lua.Tests.Examples.Support;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Support;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Examples;

/// <summary>hooks/task_failure_notify.lua against a local Kestrel webhook whose URL is a stack secret.</summary>
public sealed class TaskFailureNotifyTests : IClassFixture<RecordingServer>, IDisposable
{
    private const string FailedTask = """
        {"task":{"task_name":"deploy_app","agent_name":"web-server-01","status":"failed","exit_code":1,"error":"Connection refused","duration":"2m30s"}}
        """;

    private readonly RecordingServer _server;
    private readonly InMemorySecretStore _secrets = new();
    private readonly IntegratedRuntime _runtime;

    public TaskFailureNotifyTests(RecordingServer server)
    {
        _server = server;
        _server.Status = 200;
        _runtime = new IntegratedRuntime(secrets: _secrets);
    }

    public void Dispose() => _runtime.Dispose();

    private string WebhookUrl => _server.BaseUrl + "/services/T000/B000/" + GetHashCode();

    [Fact]
    public async Task The_failure_is_posted_as_json_to_the_webhook_of_the_secret()
    {
        await _secrets.SetAsync("production", "slack_webhook_url", WebhookUrl, DateTimeOffset.UtcNow, CancellationToken.None);
        var hook = ExampleHooks.Load(_runtime, "task_failure_notify.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("task.failed", FailedTask, "production"));

        result.Error.ShouldBeNull();
        result.Output!.ShouldEndWith("Notification sent for deploy_app");
        var request = _server.Requests.Single(r => WebhookUrl.EndsWith(r.Path, StringComparison.Ordinal));
        request.Method.ShouldBe("POST");
        request.ContentType.ShouldStartWith("application/json");
        var body = JsonDocument.Parse(request.Body).RootElement;
        body.GetProperty("text").GetString().ShouldBe("Task failed: deploy_app on web-server-01");
        var fields = body.GetProperty("attachments")[0].GetProperty("fields");
        fields[0].GetProperty("value").GetString().ShouldBe("Connection refused");
        fields[2].GetProperty("value").GetString().ShouldBe("1");
    }

    [Fact]
    public async Task A_webhook_error_fails_the_execution_without_showing_the_url()
    {
        await _secrets.SetAsync("production", "slack_webhook_url", WebhookUrl, DateTimeOffset.UtcNow, CancellationToken.None);
        _server.Status = 500;
        var hook = ExampleHooks.Load(_runtime, "task_failure_notify.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("task.failed", FailedTask, "production"));

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("webhook answered 500 Internal Server Error");
        (result.Output ?? "").ShouldNotContain("/services/");
    }

    [Fact]
    public async Task Without_the_secret_the_execution_fails_saying_which_one_is_missing()
    {
        var hook = ExampleHooks.Load(_runtime, "task_failure_notify.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("task.failed", FailedTask, "production"));

        result.Error.ShouldBe("secret slack_webhook_url is not set for this stack");
    }
}
