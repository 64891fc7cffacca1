using System.Diagnostics;

namespace SlothActors.Integration.Tests.Processes;

/// <summary>Runs the real <c>sloth</c> program (<c>dotnet sloth.dll ...</c>) as a child process.</summary>
internal static class SlothCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <param name="node">The node's remoting address (<see cref="NodeProcess.RemoteAddress"/>), as <c>SLOTH_NODE</c>.</param>
    public static Task<CommandResult> RunAsync(string node, params string[] args) =>
        RunAsync(new Dictionary<string, string?> { ["SLOTH_NODE"] = node }, args);

    public static Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunProcessAsync("dotnet", [Repo.SlothDll, .. args], environment, Repo.Root);

    public static async Task<CommandResult> RunProcessAsync(
        string program, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The child must not inherit a token or node from the machine running the tests.
        start.Environment.Remove("SLOTH_TOKEN");
        start.Environment.Remove("SLOTH_NODE");
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {Timeout}");
        }

        return new CommandResult(process.ExitCode, (await stdout).ReplaceLineEndings("\n"), (await stderr).ReplaceLineEndings("\n"));
    }
}
