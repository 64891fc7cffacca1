using System.Diagnostics;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Http;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Integration;

/// <summary>http inside the runner, against a real Kestrel server on 127.0.0.1.</summary>
public sealed class HttpThroughRuntimeTests : IClassFixture<TestHttpServer>, IDisposable
{
    private readonly TestHttpServer _server;
    private readonly IntegratedRuntime _runtime = new();

    public HttpThroughRuntimeTests(TestHttpServer server) => _server = server;

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public async Task A_json_post_reaches_the_server_and_its_answer_comes_back_decoded()
    {
        var result = await _runtime.RunBodyAsync($$"""
            local r = http.post("{{_server.BaseUrl}}/echo", { json = { task = event.data.task } })
            return r.success, r.status_code .. " " .. r.json.method .. " " .. r.json.body
            """, """{"task":"build"}""");

        result.Error.ShouldBeNull();
        result.Output.ShouldBe("""200 POST {"task":"build"}""");
    }

    [Fact]
    public async Task A_request_blocked_past_the_hooks_timeout_fails_the_execution_naming_the_timeout_long_before_the_request_would_end()
    {
        var limit = TimeSpan.FromSeconds(1);
        var hook = Hooks.Define(
            Hooks.Module($"""http.get("{_server.BaseUrl}" .. (event.data.block and "/slow" or "/text"), {"{"} timeout = 60 {"}"})"""),
            timeout: limit);
        // A first run warms this hook's VM: the measured run then times the limit, not VM creation and JIT.
        (await _runtime.RunAsync(hook with { Timeout = TimeSpan.FromSeconds(30) }, Hooks.Event())).Error.ShouldBeNull();
        var watch = Stopwatch.StartNew();

        var result = await _runtime.RunAsync(hook, Hooks.Event("""{"block":true}"""));

        // The request may wait 60 s and the server answers after 30 s: only the 1 s hook timeout ends it this early.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("timeout after 1s");
    }

    [Fact]
    public async Task Other_hooks_run_while_one_is_blocked_in_a_request()
    {
        var blocked = _runtime.RunAsync(
            Hooks.Define(Hooks.Module($"""http.get("{_server.BaseUrl}/slow")"""), id: "slow", timeout: TimeSpan.FromSeconds(5)),
            Hooks.Event());

        var quick = await _runtime.RunAsync(Hooks.Define(Hooks.Module("return true, 'done'"), id: "quick"), Hooks.Event());

        quick.Output.ShouldBe("done");
        blocked.IsCompleted.ShouldBeFalse();
        (await blocked).Success.ShouldBeFalse();
    }
}
