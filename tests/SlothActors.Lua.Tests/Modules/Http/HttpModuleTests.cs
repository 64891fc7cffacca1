using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SlothActors.Lua.Modules.Http;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.Http;

public sealed class HttpModuleTests : IClassFixture<TestHttpServer>, IDisposable
{
    private readonly ModuleHarness _lua = ModuleHarness.Create(new HttpModule());

    public HttpModuleTests(TestHttpServer server) => _lua.Lua["base"] = server.BaseUrl;

    [Fact]
    public void Get_returns_status_body_headers_and_success()
    {
        _lua.Run("r = http.get(base .. '/text')");
        _lua.Eval("r.status_code").ShouldBe(200L);
        _lua.Eval("r.status").ShouldBe("200 OK");
        _lua.Eval("r.body").ShouldBe("hello");
        _lua.Eval("r.headers['x-custom']").ShouldBe("custom-value");
        _lua.Eval("r.headers['content-type']").ShouldBe("text/plain");
        _lua.Eval("r.success").ShouldBe(true);
        _lua.Eval("r.json == nil").ShouldBe(true);
    }

    [Fact]
    public void A_json_body_is_decoded_into_the_json_field()
    {
        _lua.Run("r = http.get(base .. '/json')");
        _lua.Eval("r.json.name .. r.json.count .. r.json.tags[2]").ShouldBe("api3b");
    }

    [Theory]
    [InlineData(404, "404 Not Found")]
    [InlineData(500, "500 Internal Server Error")]
    [InlineData(201, "201 Created")]
    public void Non_2xx_statuses_are_results_not_errors(int code, string status)
    {
        _lua.Run($"r = http.get(base .. '/status/{code}')");
        _lua.Eval("r.status_code").ShouldBe((long)code);
        _lua.Eval("r.status").ShouldBe(status);
        _lua.Eval("r.success").ShouldBe(code == 201);
        _lua.Eval("r.body").ShouldBe("status body");
    }

    [Fact]
    public void Post_with_a_string_sends_it_as_the_body()
    {
        _lua.Run("r = http.post(base .. '/echo', 'raw text')");
        _lua.Eval("r.json.method .. '|' .. r.json.body").ShouldBe("POST|raw text");
    }

    [Fact]
    public void Post_with_options_sends_headers_and_body_as_in_the_legacy_slack_example()
    {
        _lua.Run("r = http.post(base .. '/echo', {headers = {['Content-Type'] = 'application/json', ['X-Token'] = 't1'}, body = '{\"text\":\"hi\"}'})");
        _lua.Eval("r.json.body .. '|' .. r.json.content_type .. '|' .. r.json.token").ShouldBe("{\"text\":\"hi\"}|application/json|t1");
    }

    [Fact]
    public void The_json_option_encodes_a_table_and_sets_the_content_type()
    {
        _lua.Run("r = http.put(base .. '/echo', {json = {name = 'x', list = {1, 2}}})");
        _lua.Eval("r.json.method .. '|' .. r.json.body .. '|' .. r.json.content_type").ShouldBe("PUT|{\"list\":[1,2],\"name\":\"x\"}|application/json");
    }

    [Theory]
    [InlineData("http.patch(base .. '/echo', 'p')", "PATCH")]
    [InlineData("http.delete(base .. '/echo')", "DELETE")]
    [InlineData("http.request('post', base .. '/echo', {body = 'b'})", "POST")]
    [InlineData("http.request('GET', base .. '/echo?x=1')", "GET")]
    public void Every_verb_reaches_the_server_with_its_method(string call, string method) =>
        _lua.Eval($"({call}).json.method").ShouldBe(method);

    [Fact]
    public void The_timeout_option_stops_a_slow_request_long_before_the_server_answers()
    {
        WarmUp();
        var watch = Stopwatch.StartNew();
        _lua.Error("http.get(base .. '/slow', {timeout = 0.5})").ShouldContain("/slow timed out after 0.5s");

        // /slow answers after 30 s: ending this early proves the timeout cut it short, with room for a loaded machine.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void The_execution_deadline_bounds_a_request_without_its_own_timeout()
    {
        WarmUp();
        using var lua = ModuleHarness.Create(new HttpModule(), deadlineIn: TimeSpan.FromMilliseconds(500));
        lua.Lua["base"] = _lua.Lua["base"];
        var watch = Stopwatch.StartNew();
        lua.Error("http.get(base .. '/slow', {timeout = 20})").ShouldContain("timed out after");

        // Neither the 20 s request timeout nor the 30 s answer: only the 0.5 s deadline ends it this early.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_response_body_over_the_limit_is_an_error() =>
        _lua.Error("http.get(base .. '/big')").ShouldContain("is larger than the 10485760-byte limit");

    [Theory]
    [InlineData("http.get('ftp://example.com/x')")]
    [InlineData("http.get('file:///etc/passwd')")]
    [InlineData("http.get('not a url')")]
    public void Only_http_and_https_urls_are_accepted(string call) =>
        _lua.Error(call).ShouldContain("is not an http or https URL");

    [Fact]
    public void A_refused_connection_names_the_url_without_its_query()
    {
        var port = ClosedPort();
        var message = _lua.Error($"http.get('http://127.0.0.1:{port}/hook?token=s3cr3t')");
        message.ShouldContain($"request to http://127.0.0.1:{port}/hook failed");
        message.ShouldNotContain("s3cr3t");
    }

    [Theory]
    [InlineData("http.request('TRACE', base)", "unsupported method")]
    [InlineData("http.get(base, {timeout = -1})", "timeout must be a positive number")]
    [InlineData("http.get(base, {headers = 'x'})", "option 'headers' must be a table")]
    [InlineData("http.get()", "argument #1 (url) must be a string")]
    public void Invalid_arguments_are_errors(string call, string message) => _lua.Error(call).ShouldContain(message);

    [Fact]
    public void A_cancelled_execution_sends_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var lua = ModuleHarness.Create(new HttpModule(), cancellation: cancelled.Token);
        lua.Lua["base"] = _lua.Lua["base"];
        lua.Error("http.get(base .. '/text')").ShouldContain("http.get: cancelled");
    }

    // The first request of a process pays for JIT and connection setup; timing checks measure the timeout, not that.
    private void WarmUp() => _lua.Eval("http.get(base .. '/text').status_code").ShouldBe(200L);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose() => _lua.Dispose();
}
