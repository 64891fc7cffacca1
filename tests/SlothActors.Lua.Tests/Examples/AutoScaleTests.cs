using SlothActors.Lua.Tests.Examples.Support;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Support;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Examples;

/// <summary>hooks/auto_scale.lua with a local command standing in for the scale-up and a state cooldown.</summary>
public sealed class AutoScaleTests : IDisposable
{
    private const string HighCpu = """{"resource":{"name":"web-pool","current":93,"threshold":80}}""";

    private readonly TempRoot _dir = new();
    private readonly InMemoryStateStore _state = new();
    private readonly IntegratedRuntime _runtime;

    public AutoScaleTests()
    {
        Environment.SetEnvironmentVariable("SCALE_UP_COMMAND", $"echo \"scaled $SCALE_RESOURCE\" >> {_dir.In("scaled.log")}");
        _runtime = new IntegratedRuntime(state: _state);
    }

    public void Dispose()
    {
        _runtime.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task High_cpu_runs_the_scale_up_command_once_and_starts_the_cooldown()
    {
        var hook = ExampleHooks.Load(_runtime, "auto_scale.lua");

        var first = await _runtime.RunAsync(hook, ExampleHooks.Event("system.cpu_high", HighCpu));
        var second = await _runtime.RunAsync(hook, ExampleHooks.Event("system.cpu_high", HighCpu));

        first.Error.ShouldBeNull();
        first.Output!.ShouldEndWith("Scaled up infrastructure");
        first.Output.ShouldContain("[INFO] scaled up web-pool at 93% CPU (scale #1)");
        second.Output!.ShouldStartWith("Cooldown active");
        System.IO.File.ReadAllText(_dir.In("scaled.log")).ShouldBe("scaled web-pool\n");
        (await _state.GetAsync("", "scale_count", DateTimeOffset.UtcNow, CancellationToken.None)).ShouldBe("1");
        (await _state.GetAsync("", "last_scale_time", DateTimeOffset.UtcNow, CancellationToken.None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Usage_below_the_threshold_does_nothing()
    {
        var hook = ExampleHooks.Load(_runtime, "auto_scale.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("system.cpu_high", """{"resource":{"name":"web-pool","current":42}}"""));

        result.Output.ShouldBe("CPU at 42%, below 80%: nothing to do");
        System.IO.File.Exists(_dir.In("scaled.log")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_failing_command_releases_the_cooldown_and_fails_with_its_stderr()
    {
        Environment.SetEnvironmentVariable("SCALE_UP_COMMAND", "echo 'quota exceeded' >&2; exit 4");
        var hook = ExampleHooks.Load(_runtime, "auto_scale.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("system.cpu_high", HighCpu));

        result.Error.ShouldBe("scale-up command exited with 4: quota exceeded\n");
        (await _state.GetAsync("", "last_scale_time", DateTimeOffset.UtcNow, CancellationToken.None)).ShouldBe("0");
    }
}
