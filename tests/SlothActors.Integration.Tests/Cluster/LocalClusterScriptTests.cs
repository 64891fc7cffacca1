using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Cluster;

public class LocalClusterScriptTests
{
    [Fact]
    public async Task The_script_is_valid_bash()
    {
        var result = await SlothCommand.RunProcessAsync("bash", ["-n", LocalClusterFiles.Script], new Dictionary<string, string?>(), Repo.Root);
        result.ExitCode.ShouldBe(0, result.ToString());
    }

    [Fact]
    public async Task Help_describes_the_commands_and_every_option_without_starting_anything()
    {
        var result = await SlothCommand.RunProcessAsync(LocalClusterFiles.Script, ["--help"], new Dictionary<string, string?>(), Repo.Root);
        result.ExitCode.ShouldBe(0, result.ToString());
        foreach (var mention in new[] { "stop", "status", "--data-dir", "--pg-port", "--pg ", "--port-offset", "--sloth", "--foreground", "--background", "SLOTH_SECRET_KEY" })
        {
            result.Out.ShouldContain(mention);
        }

        foreach (var config in LocalClusterFiles.ScriptConfigs())
        {
            result.Out.ShouldContain(config);
        }
    }

    [Theory]
    [InlineData("--bogus", "unknown option '--bogus'")]
    [InlineData("restart", "unknown command 'restart'")]
    [InlineData("--pg-port", "--pg-port needs a port")]
    [InlineData("--port-offset=x", "unknown option '--port-offset=x'")]
    public async Task Bad_arguments_are_refused_with_a_reason_and_exit_code_1(string argument, string reason)
    {
        var dataDir = Directory.CreateTempSubdirectory("sloth-script-").FullName;
        try
        {
            var result = await SlothCommand.RunProcessAsync(LocalClusterFiles.Script, ["--data-dir", dataDir, argument], new Dictionary<string, string?>(), Repo.Root);
            result.ExitCode.ShouldBe(1, result.ToString());
            result.Error.ShouldContain(reason);
            Directory.EnumerateFileSystemEntries(dataDir).ShouldBeEmpty("nothing may be started or written on bad arguments");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
