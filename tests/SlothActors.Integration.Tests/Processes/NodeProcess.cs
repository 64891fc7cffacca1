using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SlothActors.Integration.Tests.Processes;

/// <summary>
/// A real <c>sloth node run</c> process on 127.0.0.1 and a port the OS picked (<c>--port 0</c>,
/// read back from the node's log), with its own temp data dir unless one is given.
/// Every line it logs is kept for failure messages.
/// </summary>
public sealed partial class NodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeProcess(Process process, string dataDir)
    {
        _process = process;
        DataDir = dataDir;
    }

    public string DataDir { get; }

    public string Url { get; private set; } = "";

    /// <summary>The node's Akka remoting address from <c>/health</c> (<c>akka.tcp://sloth@127.0.0.1:PORT</c>): what <c>sloth --node</c> takes.</summary>
    public string RemoteAddress { get; private set; } = "";

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

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

    /// <summary>Starts <c>sloth node run --port 0 --data-dir DIR ARGS</c> and waits until <c>/health</c> answers.</summary>
    public static Task<NodeProcess> StartAsync(string? dataDir = null, params string[] args) =>
        StartAsync(dataDir, new Dictionary<string, string?>(), args);

    public static async Task<NodeProcess> StartAsync(string? dataDir, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        dataDir ??= Directory.CreateTempSubdirectory("sloth-it-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDir,
        };
        // Remoting on a free port too, unless the test names one.
        var remotePort = args.Contains("--remote-port") ? [] : new[] { "--remote-port", "0" };
        foreach (var arg in new[] { Repo.SlothDll, "node", "run", "--port", "0", "--data-dir", dataDir, "--grace-period", "5s" }.Concat(remotePort).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SLOTH_TOKEN");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return await LaunchAsync(start, dataDir);
    }

    /// <summary>Starts any command line that runs a node (the README's), reading its address from the log.</summary>
    public static async Task<NodeProcess> LaunchAsync(ProcessStartInfo start, string dataDir)
    {
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var node = new NodeProcess(process, dataDir);
        process.OutputDataReceived += (_, line) => node.Append(line.Data);
        process.ErrorDataReceived += (_, line) => node.Append(line.Data);
        process.Exited += (_, _) => node._listening.TrySetException(new InvalidOperationException("the node exited during start-up"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            node.Url = await node._listening.Task.WaitAsync(StartDeadline);
            await node.WaitHealthyAsync();
            return node;
        }
        catch (Exception ex)
        {
            await node.DisposeAsync();
            throw new InvalidOperationException($"node did not start: {ex.Message}\n--- node log\n{node.Log}", ex);
        }
    }

    /// <summary>Sends the process a signal (see <see cref="Signals"/>).</summary>
    public void Signal(int signal) => Signals.Send(_process.Id, signal);

    /// <summary>SIGTERM, then waits for the graceful exit.</summary>
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

    /// <summary>Waits for the process to end by itself (a node leaving the cluster exits on its own).</summary>
    /// <returns>Its exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the node at {Url} did not exit within {deadline}\n--- node log\n{Log}");
        }

        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await StopAsync();
            }
            catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        var deadline = DateTime.UtcNow + StartDeadline;
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync(Url + "/health");
                if (response.IsSuccessStatusCode)
                {
                    using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    RemoteAddress = health.RootElement.GetProperty("node").GetProperty("address").GetString()!;
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Listening line seen but the socket not accepting yet: poll again.
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new TimeoutException($"/health did not answer 200 at {Url}");
            }

            await Task.Yield();
        }
    }

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

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(match.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://[^\s]+)")]
    private static partial Regex Listening();
}
