using System.Diagnostics;

namespace SlothActors.Node.Tests.Cli;

public class NoNodeTests
{
    [Theory]
    [InlineData("events", "list")]
    [InlineData("events", "show", "some-id")]
    [InlineData("events", "tail")]
    [InlineData("events", "types")]
    [InlineData("hook", "list")]
    [InlineData("hook", "enable", "h")]
    public async Task Every_verb_says_no_node_and_how_to_start_one(params string[] verb)
    {
        var url = $"http://127.0.0.1:{Sloth.ClosedPort()}";
        var (code, output, error) = await Sloth.RunAsync([.. verb, "--node", url]);
        code.ShouldBe(3);
        output.ShouldBeEmpty();
        error.ShouldBe($"no node at {url} - start one with `sloth node run`\n");
    }

    [Fact]
    public async Task The_sloth_process_exits_3_with_the_one_line_message_and_no_stack_trace()
    {
        var url = $"http://127.0.0.1:{Sloth.ClosedPort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sloth.dll"), "events", "list", "--node", url })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.ShouldBe(3);
        (await stderr).ReplaceLineEndings("\n").ShouldBe($"no node at {url} - start one with `sloth node run`\n");
        (await stdout).ShouldBeEmpty();
    }
}
