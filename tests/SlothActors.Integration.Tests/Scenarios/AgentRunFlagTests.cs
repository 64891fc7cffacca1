using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary><c>sloth agent run</c> with flags it cannot start with: one clear line and exit 1, before any actor system.</summary>
public sealed class AgentRunFlagTests
{
    [Theory]
    [InlineData(new[] { "--name", "a1" }, "--seed is required")]
    [InlineData(new[] { "--name", "Web", "--seed", "127.0.0.1:4053" }, "--name 'Web' is not valid")]
    [InlineData(new[] { "--name", "a1", "--seed", "http://x:1" }, "seed 'http://x:1' is not a node address")]
    [InlineData(new[] { "--name", "a1", "--seed", "127.0.0.1:4053", "--remote-host", "0.0.0.0" }, "refusing to bind Akka remoting on 0.0.0.0 without TLS")]
    public async Task A_bad_flag_is_refused_by_name_with_exit_1(string[] args, string message)
    {
        var result = await SlothCommand.RunAsync(new Dictionary<string, string?>(), ["agent", "run", .. args]);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain(message);
    }

    [Fact]
    public async Task Help_names_every_flag_with_an_example()
    {
        var result = await SlothCommand.RunAsync(new Dictionary<string, string?>(), "agent", "run", "--help");

        result.ExitCode.ShouldBe(0, result.ToString());
        foreach (var flag in new[] { "--name", "--seed", "--tags", "--remote-host", "--remote-port", "--advertise-host", "--tls-cert" })
        {
            result.Out.ShouldContain(flag);
        }

        result.Out.ShouldContain("Example: sloth agent run --name web-01 --tags linux,web --seed 127.0.0.1:4053");
    }
}
