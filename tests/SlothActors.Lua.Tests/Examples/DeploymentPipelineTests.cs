using System.Text.Json;
using SlothActors.Lua.Tests.Examples.Support;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Examples;

/// <summary>hooks/deployment_pipeline.lua with local commands for the steps and a local Kestrel staging health endpoint.</summary>
public sealed class DeploymentPipelineTests : IClassFixture<RecordingServer>, IDisposable
{
    private const string Started = """{"deploy":{"deploy_id":"d-42","version":"1.4.2"}}""";

    private readonly RecordingServer _server;
    private readonly TempRoot _dir = new();
    private readonly IntegratedRuntime _runtime = new();

    public DeploymentPipelineTests(RecordingServer server)
    {
        _server = server;
        _server.Status = 200;
        var steps = _dir.In("steps.log");
        Environment.SetEnvironmentVariable("DEPLOY_TEST_COMMAND", $"echo \"test $DEPLOY_ID\" >> {steps}");
        Environment.SetEnvironmentVariable("DEPLOY_BUILD_COMMAND", $"echo \"build $DEPLOY_VERSION\" >> {steps}");
        Environment.SetEnvironmentVariable("DEPLOY_STAGING_COMMAND", $"echo staging >> {steps}");
        Environment.SetEnvironmentVariable("DEPLOY_ROLLBACK_COMMAND", $"echo rollback >> {steps}");
        Environment.SetEnvironmentVariable("DEPLOY_STAGING_HEALTH_URL", server.BaseUrl + "/health");
    }

    public void Dispose()
    {
        _runtime.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task A_healthy_staging_dispatches_the_next_step_in_the_parents_stack_and_correlation()
    {
        var hook = ExampleHooks.Load(_runtime, "deployment_pipeline.lua");
        var started = ExampleHooks.Event("deploy.started", Started, "shop");

        var result = await _runtime.RunAsync(hook, started);

        result.Error.ShouldBeNull();
        result.Output!.ShouldEndWith("Staging deployment completed");
        Steps().ShouldBe(["test d-42", "build 1.4.2", "staging"]);
        _server.Requests.ShouldContain(r => r.Method == "GET" && r.Path == "/health");
        var next = _runtime.Ingress.Accepted.ShouldHaveSingleItem();
        next.Type.ShouldBe("deploy.staging_success");
        next.Stack.ShouldBe("shop");
        next.CorrelationId.ShouldBe("corr-example");
        next.CausationId.ShouldBe(started.Id);
        next.Depth.ShouldBe(1);
        var data = JsonDocument.Parse(next.Data).RootElement;
        data.GetProperty("deploy_id").GetString().ShouldBe("d-42");
        data.GetProperty("version").GetString().ShouldBe("1.4.2");
    }

    [Fact]
    public async Task Failing_tests_stop_the_pipeline_and_dispatch_deploy_failed()
    {
        Environment.SetEnvironmentVariable("DEPLOY_TEST_COMMAND", "exit 2");
        var hook = ExampleHooks.Load(_runtime, "deployment_pipeline.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("deploy.started", Started, "shop"));

        result.Error.ShouldBe("tests failed");
        System.IO.File.Exists(_dir.In("steps.log")).ShouldBeFalse();
        var failed = _runtime.Ingress.Accepted.ShouldHaveSingleItem();
        failed.Type.ShouldBe("deploy.failed");
        JsonDocument.Parse(failed.Data).RootElement.GetProperty("reason").GetString().ShouldBe("tests failed");
    }

    [Fact]
    public async Task An_unhealthy_staging_is_rolled_back_and_reported()
    {
        _server.Status = 503;
        var hook = ExampleHooks.Load(_runtime, "deployment_pipeline.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("deploy.started", Started, "shop"));

        result.Error.ShouldBe("staging health check answered 503 Service Unavailable");
        Steps().ShouldBe(["test d-42", "build 1.4.2", "staging", "rollback"]);
        _runtime.Ingress.Accepted.ShouldHaveSingleItem().Type.ShouldBe("deploy.failed");
    }

    private string[] Steps() => System.IO.File.ReadAllLines(_dir.In("steps.log"));
}
