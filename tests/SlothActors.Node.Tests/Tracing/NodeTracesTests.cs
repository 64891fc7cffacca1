using SlothActors.Node.Hosting;
using SlothActors.Node.Tests.Api;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Tracing;

public sealed class NodeTracesTests
{
    [Fact]
    public async Task One_event_gives_one_trace_with_the_http_dispatch_worker_and_hook_spans_in_that_order()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var node = new EngineNode(followHooks: false, otlpEndpoint: receiver.Endpoint);
        await node.InitializeAsync();
        await node.AddHookAsync(EngineNode.Hook("traced_hook", "trace.checked"));

        var id = await node.DispatchAsync("""{"event_type": "trace.checked", "data": {"n": 1}}""");
        (await node.FinishedAsync(id)).GetProperty("status").GetString().ShouldBe("completed");

        // The exporter sends in batches every few seconds: wait for the hook's span, the last one.
        await Poll.UntilAsync(() => receiver.Spans.Any(s => s.Name == "hook traced_hook"), "the hook's span was exported", TimeSpan.FromSeconds(30));
        var hook = receiver.Spans.Single(s => s.Name == "hook traced_hook");
        var trace = receiver.Spans.Where(s => s.TraceId == hook.TraceId).ToDictionary(s => s.SpanId);
        var worker = trace[hook.ParentSpanId];
        var dispatch = trace[worker.ParentSpanId];
        var http = trace[dispatch.ParentSpanId];

        (worker.Name, dispatch.Name).ShouldBe(("process event", "dispatch"));
        http.Name.ShouldStartWith("POST");
        http.ParentSpanId.ShouldBeEmpty("the HTTP request starts the trace");
        trace.Count.ShouldBe(4, string.Join(", ", trace.Values.Select(s => s.Name)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:4318", "http://127.0.0.1:4318/v1/traces")]
    [InlineData("http://collector:4318/otlp/", "http://collector:4318/otlp/v1/traces")]
    [InlineData("https://collector/v1/traces", "https://collector/v1/traces")]
    public void An_endpoint_is_a_receivers_base_url_or_its_full_traces_url(string given, string used) =>
        NodeTracing.TracesUrl(NodeOptionsReader.ParseOtlpEndpoint(given)).ToString().ShouldBe(used);

    [Theory]
    [InlineData("localhost:4318")]
    [InlineData("grpc://collector:4317")]
    [InlineData("/v1/traces")]
    public void An_endpoint_that_is_not_an_http_url_is_refused_by_name(string given) =>
        Should.Throw<NodeOptionsException>(() => NodeOptionsReader.ParseOtlpEndpoint(given)).Message
            .ShouldContain($"OtlpEndpoint '{given}' is not an http(s) URL");
}
