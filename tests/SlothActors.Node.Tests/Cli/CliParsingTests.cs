namespace SlothActors.Node.Tests.Cli;

public class CliParsingTests
{
    [Theory]
    [InlineData(new string[0], new[] { "node", "hook", "events", "cluster", "--node", "--token", "--output", "--log-level" })]
    [InlineData(new[] { "hook" }, new[] { "add", "list", "get", "enable", "disable", "remove", "history", "test" })]
    [InlineData(new[] { "events" }, new[] { "list", "get", "show", "delete", "cleanup", "dispatch", "tail", "types" })]
    [InlineData(new[] { "node" }, new[] { "run" })]
    [InlineData(new[] { "node", "run" }, new[] { "--data-dir", "--bind", "--port", "--hooks-dir", "--insecure", "--max-body-bytes", "--max-data-bytes", "--max-batch-events", "--max-script-bytes", "--log-format", "--grace-period", "--workers", "--capacity", "--fallback-interval", "--execution-threads", "--hook-timeout", "--exec", "--no-exec", "--remote-host", "--remote-port", "--advertise-host", "--seed", "--remote-insecure", "--tls-cert", "--tls-password", "--tls-ca", "--stable-after" })]
    [InlineData(new[] { "hook", "add" }, new[] { "FILE", "--stack", "--name", "--event", "--disabled", "Example: sloth hook add" })]
    [InlineData(new[] { "hook", "test" }, new[] { "FILE|NAME", "--event", "--data", "without recording" })]
    [InlineData(new[] { "events", "list" }, new[] { "--type", "--status", "--stack", "--limit", "[default: 100]" })]
    [InlineData(new[] { "events", "cleanup" }, new[] { "--older-than", "720h" })]
    public async Task Help_lists_every_verb_and_option(string[] verb, string[] mentions)
    {
        var (code, output, _) = await Sloth.RunAsync([.. verb, "--help"]);
        code.ShouldBe(0);
        foreach (var mention in mentions)
        {
            output.ShouldContain(mention);
        }
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("hook")]
    [InlineData("hook", "get")]
    [InlineData("hook", "add")]
    [InlineData("hook", "test", "x.lua")]
    [InlineData("hook", "history", "h", "--limit", "0")]
    [InlineData("events", "list", "--limit", "5000")]
    [InlineData("events", "list", "--status", "weird")]
    [InlineData("events", "list", "--output", "yaml")]
    [InlineData("events", "cleanup")]
    [InlineData("events", "cleanup", "--older-than", "3x")]
    [InlineData("events", "dispatch", "Bad.Type")]
    [InlineData("events", "get")]
    [InlineData("node", "run", "--port", "70000")]
    [InlineData("node", "run", "--remote-port", "70000")]
    [InlineData("node", "run", "--log-format", "xml")]
    [InlineData("events", "list", "--log-level", "loud")]
    public async Task Bad_arguments_are_a_usage_error_with_exit_code_2(params string[] args)
    {
        var (code, output, error) = await Sloth.RunAsync(args);
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("sloth --help");
        error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("not a node")]
    [InlineData("127.0.0.1")]
    [InlineData("akka.tcp://other@127.0.0.1:4053")]
    public async Task A_node_that_is_no_node_address_is_a_usage_error_naming_it(string node)
    {
        var (code, output, error) = await Sloth.RunAsync("events", "list", "--node", node);
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe($"--node '{node}' is not a node address: use HOST:PORT or akka.tcp://sloth@HOST:PORT, e.g. 127.0.0.1:4053\n");
    }

    [Fact]
    public async Task Data_that_is_not_a_json_object_is_bad_input_with_exit_code_1()
    {
        var (code, _, error) = await Sloth.RunAsync("events", "dispatch", "task.failed", "--data", "[1]", "--node", $"127.0.0.1:{Sloth.ClosedPort()}");
        code.ShouldBe(1);
        error.ShouldBe("--data must be a JSON object, e.g. '{\"key\": \"value\"}'\n");
    }

    [Fact]
    public async Task Node_run_refuses_a_public_bind_without_a_token_in_one_line()
    {
        var (code, _, error) = await Sloth.RunAsync("node", "run", "--bind", "0.0.0.0", "--port", "0");
        code.ShouldBe(1);
        error.ShouldStartWith("refusing to listen on 0.0.0.0 without a token");
        error.TrimEnd('\n').ShouldNotContain("\n");
    }

    [Fact]
    public async Task Node_run_refuses_public_remoting_without_the_override_in_one_line_before_creating_its_data_dir()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"sloth-refused-{Guid.NewGuid():N}");
        var (code, _, error) = await Sloth.RunAsync("node", "run", "--remote-host", "0.0.0.0", "--port", "0", "--data-dir", dataDir);
        code.ShouldBe(1);
        error.ShouldStartWith("refusing to bind Akka remoting on 0.0.0.0 without TLS");
        error.TrimEnd('\n').ShouldNotContain("\n");
        Directory.Exists(dataDir).ShouldBeFalse();
    }

    [Fact]
    public async Task Node_run_refuses_a_malformed_seed_naming_it()
    {
        var (code, _, error) = await Sloth.RunAsync("node", "run", "--seed", "akka.tcp://other@127.0.0.1:4053", "--port", "0");
        code.ShouldBe(1);
        error.ShouldStartWith("seed 'akka.tcp://other@127.0.0.1:4053' is not a node address");
    }

    [Fact]
    public async Task Node_run_on_sqlite_refuses_a_seed_and_says_it_needs_postgres()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"sloth-never-{Guid.NewGuid():N}");
        var (code, _, error) = await Sloth.RunAsync("node", "run", "--seed", "127.0.0.1:4053", "--port", "0", "--data-dir", dataDir);
        code.ShouldBe(1);
        error.ShouldContain("--seed akka.tcp://sloth@127.0.0.1:4053 needs --storage postgres");
        Directory.Exists(dataDir).ShouldBeFalse("nothing is created before the refusal");
    }

    [Fact]
    public async Task The_local_catalog_lists_the_built_in_event_types()
    {
        var (code, output, _) = await Sloth.RunAsync("events", "types", "--local", "--output", "json");
        code.ShouldBe(0);
        output.ShouldContain("{\"name\":\"task.failed\",\"category\":\"task\",\"description\":");
        var (tableCode, table, _) = await Sloth.RunAsync("events", "types", "--local");
        tableCode.ShouldBe(0);
        table.ShouldContain("agent.heartbeat_failed");
    }
}
