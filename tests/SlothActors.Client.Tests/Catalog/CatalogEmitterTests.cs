using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Catalog;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Catalog;

public sealed class CatalogEmitterTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private TestCollector _collector = null!;
    private IEventHook _hook = null!;

    public async Task InitializeAsync()
    {
        _collector = await TestCollector.StartAsync();
        _hook = TestHooks.Create(_collector.Url, _time);
    }

    public async Task DisposeAsync()
    {
        await _hook.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_task_carries_the_catalog_task_shape()
    {
        await _hook.Catalog().Task.FailedAsync(new TaskInfo("deploy_app", "web-01", ExitCode: 1, Error: "Connection refused", Duration: TimeSpan.FromSeconds(150)));

        var sent = _collector.StoredEvents.ShouldHaveSingleItem();
        sent.GetProperty("event_type").GetString().ShouldBe("task.failed");
        sent.GetProperty("severity").GetString().ShouldBe("error");
        var task = sent.GetProperty("data").GetProperty("task");
        task.GetProperty("task_name").GetString().ShouldBe("deploy_app");
        task.GetProperty("agent_name").GetString().ShouldBe("web-01");
        task.GetProperty("status").GetString().ShouldBe("failed");
        task.GetProperty("exit_code").GetInt32().ShouldBe(1);
        task.GetProperty("error").GetString().ShouldBe("Connection refused");
        task.GetProperty("duration").GetString().ShouldBe("2m30s");
    }

    [Fact]
    public async Task Every_category_emits_catalog_type_names()
    {
        var catalog = _hook.Catalog();

        await catalog.Workflow.StartedAsync(new WorkflowInfo("wf1", "nightly"));
        await catalog.Agent.RegisteredAsync(new AgentInfo("web-01", "10.0.0.1:50051", ["prod"], "1.0.0"));
        await catalog.Agent.HeartbeatFailedAsync(new AgentInfo("web-01"));
        await catalog.Deploy.RollbackAsync(new DeployInfo("d1", "v2", "production", "health check failed", "v1"));
        await catalog.Health.CheckFailedAsync(new HealthCheckInfo("http", "https://x/health", "503"));
        await catalog.Security.LoginFailedAsync(new SecurityInfo("ada", "10.1.1.1", Attempts: 3));
        await catalog.Security.BreachAsync(new SecurityInfo("unknown"));
        await catalog.Custom.EmitAsync("deployment", "v2 is out", new Dictionary<string, object?> { ["version"] = "v2" });
        await catalog.Custom.EmitAsync(null, "plain");

        _collector.StoredEvents.Select(e => (e.GetProperty("event_type").GetString(), e.GetProperty("severity").GetString())).ShouldBe([
            ("workflow.started", "info"), ("agent.registered", "info"), ("agent.heartbeat_failed", "error"), ("deploy.rollback", "warning"),
            ("health.check_failed", "error"), ("security.login_failed", "warning"), ("security.breach", "critical"), ("custom.deployment", "info"), ("custom", "info"),
        ]);
        _collector.StoredEvents[1].GetProperty("data").GetProperty("agent").GetProperty("address").GetString().ShouldBe("10.0.0.1:50051");
        _collector.StoredEvents[3].GetProperty("data").GetProperty("deploy").GetProperty("previous_version").GetString().ShouldBe("v1");
        var custom = _collector.StoredEvents[7].GetProperty("data");
        (custom.GetProperty("name").GetString(), custom.GetProperty("message").GetString(), custom.GetProperty("version").GetString()).ShouldBe(("deployment", "v2 is out", "v2"));
    }

    [Fact]
    public async Task Fields_not_given_are_left_out()
    {
        await _hook.Catalog().Task.StartedAsync(new TaskInfo("build"));

        _collector.StoredEvents.ShouldHaveSingleItem().GetProperty("data").GetProperty("task").EnumerateObject().Select(p => p.Name).ShouldBe(["task_name", "status"]);
    }

    [Theory]
    [InlineData(0.45, "450ms")]
    [InlineData(5, "5s")]
    [InlineData(150, "2m30s")]
    [InlineData(3605, "1h0m5s")]
    public void Durations_read_like_the_catalog_writes_them(double seconds, string expected) =>
        GoDuration.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);
}
