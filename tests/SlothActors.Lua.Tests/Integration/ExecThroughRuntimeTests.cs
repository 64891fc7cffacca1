using System.Diagnostics;
using System.Globalization;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Support;
using SlothActors.Lua.Tests.Runtime.Support;
using SlothActors.TestKit;

namespace SlothActors.Lua.Tests.Integration;

/// <summary>exec inside the runner: the hook's own timeout ends the command and kills its whole process tree.</summary>
public sealed class ExecThroughRuntimeTests : IDisposable
{
    private readonly TempRoot _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_hook_timeout_fails_the_execution_and_kills_the_process_tree_long_before_the_command_would_end()
    {
        using var runtime = new IntegratedRuntime();
        var pidFile = _dir.In("pid");
        var limit = TimeSpan.FromSeconds(2);
        var hook = Hooks.Define(Hooks.Module($"""exec.run(event.data.block and "sleep 30 & echo $! > {pidFile}; wait" or "true")"""), timeout: limit);
        // A first run warms this hook's VM: the measured run then times the limit, not VM creation and JIT.
        (await runtime.RunAsync(hook with { Timeout = TimeSpan.FromSeconds(30) }, Hooks.Event())).Error.ShouldBeNull();
        var watch = Stopwatch.StartNew();

        var result = await runtime.RunAsync(hook, Hooks.Event("""{"block":true}"""));

        // The command sleeps 30 s; ending near the 2 s limit proves the timeout cut it short. The
        // bound leaves room for a loaded machine (twice the limit was missed by 0.4 s in CI).
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("timeout after 2s");
        var grandchild = int.Parse(System.IO.File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        Poll.Until(() => !ProcessProbe.IsAlive(grandchild), TimeSpan.FromSeconds(5)).ShouldBeTrue($"process {grandchild} outlived the hook");
    }

    [Fact]
    public async Task A_node_with_exec_disabled_refuses_every_command()
    {
        using var runtime = new IntegratedRuntime(new LuaRuntimeOptions { ExecEnabled = false });
        var marker = _dir.In("ran");

        var result = await runtime.RunBodyAsync($"""exec.run("touch {marker}")""");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldEndWith("exec.run: exec is disabled on this node");
        System.IO.File.Exists(marker).ShouldBeFalse();
    }
}
