using System.Diagnostics;
using SlothActors.Lua.Modules.Exec;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Modules.Support;
using SlothActors.TestKit;

namespace SlothActors.Lua.Tests.Modules.Exec;

public sealed class ExecModuleTests : IDisposable
{
    private readonly TempRoot _dir = new();
    private readonly ModuleHarness _lua = ModuleHarness.Create(new ExecModule());

    public ExecModuleTests() => _lua.Lua["dir"] = _dir.Root;

    [Fact]
    public void Run_captures_stdout_stderr_and_a_zero_exit_code()
    {
        _lua.Run("r = exec.run('echo out; echo err >&2')");
        _lua.Eval("r.stdout").ShouldBe("out\n");
        _lua.Eval("r.stderr").ShouldBe("err\n");
        _lua.Eval("r.exit_code").ShouldBe(0L);
        _lua.Eval("r.success").ShouldBe(true);
    }

    [Fact]
    public void A_failing_command_is_a_result_with_its_exit_code()
    {
        _lua.Run("r = exec.run('exit 3')");
        _lua.Eval("r.exit_code").ShouldBe(3L);
        _lua.Eval("r.success").ShouldBe(false);
    }

    [Fact]
    public void Env_and_workdir_reach_the_command()
    {
        _lua.Eval("exec.run('printf \"%s:%s\" \"$GREETING\" \"$(pwd)\"', {env = {GREETING = 'hi'}, workdir = dir}).stdout")
            .ShouldBe($"hi:{_dir.Root}");
    }

    [Fact]
    public void Node_credentials_are_not_passed_to_the_child()
    {
        Environment.SetEnvironmentVariable("SLOTH_TOKEN_EXECTEST", "do-not-leak");
        _lua.Eval("exec.run('printf \"[%s]\" \"$SLOTH_TOKEN_EXECTEST\"').stdout").ShouldBe("[]");
    }

    [Fact]
    public void Output_beyond_the_bound_is_truncated_with_a_note()
    {
        _lua.Run("r = exec.run('head -c 1100000 /dev/zero | tr \"\\\\0\" x')");
        _lua.Eval("#r.stdout > 1048576 and #r.stdout < 1048700").ShouldBe(true);
        _lua.Eval("r.stdout:sub(-39)").ShouldBe("\n[output truncated after 1048576 bytes]");
    }

    [Fact]
    public void Run_is_refused_when_exec_is_disabled()
    {
        using var lua = ModuleHarness.Create(new ExecModule(), options: new LuaRuntimeOptions { ExecEnabled = false });
        lua.Lua["dir"] = _dir.Root;
        lua.Error("exec.run('touch ' .. dir .. '/ran')").ShouldContain("exec is disabled on this node");
        System.IO.File.Exists(_dir.In("ran")).ShouldBeFalse();
    }

    [Fact]
    public void A_timeout_kills_the_child_and_its_grandchild()
    {
        var pidFile = _dir.In("pid");
        var watch = Stopwatch.StartNew();
        _lua.Error($"exec.run(\"sleep 30 & echo $! > {pidFile}; wait\", {{timeout = 0.5}})").ShouldContain("exec timed out after 0.5s");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));

        var pid = int.Parse(System.IO.File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Poll.Until(() => !ProcessProbe.IsAlive(pid), TimeSpan.FromSeconds(5)).ShouldBeTrue($"grandchild {pid} still runs");
    }

    [Fact]
    public void The_execution_deadline_bounds_a_run_without_its_own_timeout()
    {
        using var lua = ModuleHarness.Create(new ExecModule(), deadlineIn: TimeSpan.FromMilliseconds(500));
        var watch = Stopwatch.StartNew();
        lua.Error("exec.run('sleep 30', {timeout = 60})").ShouldContain("exec timed out after");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("exec.run('')", "command must be")]
    [InlineData("exec.run('true', {workdir = '/no/such/dir'})", "workdir '/no/such/dir' does not exist")]
    [InlineData("exec.run('true', {env = {['A=B'] = 'x'}})", "env names must")]
    [InlineData("exec.run('true', {timeout = 0})", "timeout must be a positive number")]
    [InlineData("exec.run()", "argument #1 (cmd) must be a string")]
    public void Invalid_arguments_are_errors(string call, string message) => _lua.Error(call).ShouldContain(message);

    public void Dispose()
    {
        _lua.Dispose();
        _dir.Dispose();
    }
}
