using System.Diagnostics;
using System.Globalization;
using SlothActors.Benchmarks.Scenarios.Support;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// A real node in its own process (<c>dotnet sloth.dll node run</c>) with a fresh data directory
/// and a hooks directory holding the one trivial Lua hook; stopped with SIGTERM on dispose.
/// </summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    public const string HookName = "bench0";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly string _root;
    private readonly OutputTail _output;
    private bool _disposed;

    private NodeProcess(Process process, string root, int port)
    {
        _process = process;
        _output = new OutputTail(process);
        _root = root;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    public string JournalPath => Path.Combine(_root, "data", "journal.db");

    /// <summary>CPU time the node process has used so far.</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <param name="nodeArgs">Extra flags for <c>node run</c> (e.g. <c>--capacity 5000</c>).</param>
    public static async Task<NodeProcess> StartAsync(string slothDll, IReadOnlyList<string> nodeArgs, CancellationToken cancellationToken)
    {
        var root = TempDirectory.Create("sloth-node-bench");
        var hooks = Directory.CreateDirectory(Path.Combine(root, "hooks")).FullName;
        await File.WriteAllTextAsync(Path.Combine(hooks, HookName + ".lua"), BenchHooks.TrivialScript(HookName), cancellationToken);
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root, // no stray appsettings.json is read
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Remoting on a free port, through the environment, which an older sloth.dll (--sloth) ignores, rather than a flag it would refuse.
        start.Environment["SLOTH_REMOTE_PORT"] = "0";
        foreach (var arg in (string[])[slothDll, "node", "run", "--data-dir", Path.Combine(root, "data"), "--hooks-dir", hooks,
                     "--port", port.ToString(CultureInfo.InvariantCulture), "--log-level", "warning", "--grace-period", "10s", .. nodeArgs])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("SLOTH_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name); // the node must run on its defaults plus the flags given here
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the node");
        var node = new NodeProcess(process, root, port);
        try
        {
            await node.WaitUntilReadyAsync(cancellationToken);
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

    /// <summary>A field of /proc/PID/status in kB: VmRSS now, VmHWM the peak since start.</summary>
    public long StatusKb(string field) => MachineLoad.StatusKb(Pid, field);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        TempDirectory.Delete(_root);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartDeadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the node exited ({_process.ExitCode}):\n{_output}");
            }

            try
            {
                // Ready when it answers and the hook file has been registered.
                var hooks = await http.GetStringAsync("hooks", cancellationToken);
                if (hooks.Contains('"' + HookName + '"', StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"the node did not become ready within {StartDeadline}:\n{_output}");
    }
}
