using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SlothActors.Integration.Tests.Processes;

/// <summary>A <c>sloth agent run</c> process, started and awaited until it logs that it is up in the cluster.</summary>
public sealed partial class AgentProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AgentProcess(Process process) => _process = process;

    /// <summary>The agent's cluster address, from its "is up" line.</summary>
    public string Address { get; private set; } = "";

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts <c>sloth agent run ARGS</c> and waits for its "is up in the cluster" line.</summary>
    public static async Task<AgentProcess> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in new[] { Repo.SlothDll, "agent", "run" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var agent = new AgentProcess(process);
        process.OutputDataReceived += (_, line) => agent.Append(line.Data);
        process.ErrorDataReceived += (_, line) => agent.Append(line.Data);
        process.Exited += (_, _) => agent._up.TrySetException(new InvalidOperationException("the agent exited during start-up"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await agent._up.Task.WaitAsync(StartDeadline);
            return agent;
        }
        catch (Exception ex)
        {
            await agent.DisposeAsync();
            throw new InvalidOperationException($"agent did not start: {ex.Message}\n--- agent log\n{agent.Log}", ex);
        }
    }

    /// <summary>SIGTERM, then waits for the graceful exit.</summary>
    /// <returns>Its exit code.</returns>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            Signals.Send(_process.Id, Signals.Term);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await StopAsync();
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"is up in the cluster as (\S+),")]
    private static partial Regex UpLine();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (UpLine().Match(line) is { Success: true } up)
        {
            Address = up.Groups[1].Value;
            _up.TrySetResult();
        }
    }
}
