using System.Diagnostics;
using System.Globalization;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Env;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Exec;

/// <summary>
/// Runs <c>/bin/sh -c command</c> with bounded, concurrently drained output. At the timeout or
/// the execution's deadline the whole process tree is killed, so no background child outlives the hook.
/// The node's own credentials (<see cref="HiddenVariables"/>) are removed from the child's environment.
/// </summary>
internal static class ShellProcess
{
    public static Dictionary<string, object?> Run(ExecOptions options, HookExecutionContext context, TimeProvider time)
    {
        context.Cancellation.ThrowIfCancellationRequested();
        var budget = ExecutionBudget.Effective(context, time, options.Timeout);
        using var process = new Process { StartInfo = StartInfo(options) };
        process.Start();
        process.StandardInput.Close();
        var stdout = BoundedCapture.ReadAsync(process.StandardOutput.BaseStream);
        var stderr = BoundedCapture.ReadAsync(process.StandardError.BaseStream);

        using var timeout = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation, timeout.Token);
        try
        {
            // Output is awaited too: a pipe is at its end only when every process holding it is gone.
            Task.WhenAll(process.WaitForExitAsync(linked.Token), stdout, stderr).WaitAsync(linked.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
            context.Cancellation.ThrowIfCancellationRequested();
            throw new LuaScriptException(string.Create(CultureInfo.InvariantCulture, $"exec timed out after {budget.TotalSeconds:0.###}s; the process tree was killed"));
        }

        return new Dictionary<string, object?>
        {
            ["stdout"] = stdout.Result,
            ["stderr"] = stderr.Result,
            ["exit_code"] = (long)process.ExitCode,
            ["success"] = process.ExitCode == 0,
        };
    }

    private static ProcessStartInfo StartInfo(ExecOptions options)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = options.WorkingDirectory ?? "",
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(options.Command);
        foreach (var hidden in info.Environment.Keys.Where(HiddenVariables.IsHidden).ToList())
        {
            info.Environment.Remove(hidden);
        }

        foreach (var (name, value) in options.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }
}
