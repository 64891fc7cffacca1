using System.Diagnostics;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

public sealed class LimitTests
{
    [Fact]
    public void An_infinite_loop_ends_with_a_timeout()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { InstructionBudget = long.MaxValue, VmsPerHook = 1 });
        var hook = Hooks.Define(Hooks.Module("while true do end"), timeout: TimeSpan.FromMilliseconds(300));

        var watch = Stopwatch.StartNew();
        var result = runtime.Run(hook);

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("timeout after 300ms");
        // The loop never ends by itself, so any bound proves the timeout ended it; this one leaves room for a loaded machine.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void An_infinite_loop_ends_when_the_instruction_budget_is_spent()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { InstructionBudget = 1_000_000 });

        var result = runtime.RunBody("local n = 0 while true do n = n + 1 end");

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("instruction budget of 1000000 exceeded");
    }

    [Fact]
    public void A_loop_that_catches_the_limit_error_with_pcall_is_stopped_anyway()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { InstructionBudget = 1_000_000 });

        var result = runtime.RunBody("""
            while true do
              pcall(function() while true do end end)
              xpcall(function() while true do end end, function(e) return e end)
            end
            """);

        result.Error.ShouldBe("instruction budget of 1000000 exceeded");
    }

    [Fact]
    public void A_loop_inside_a_coroutine_is_stopped()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { InstructionBudget = 1_000_000 });

        var result = runtime.RunBody("""
            local co = coroutine.wrap(function() while true do end end)
            co()
            """);

        result.Error.ShouldBe("instruction budget of 1000000 exceeded");
    }

    [Fact]
    public void An_allocation_bomb_ends_with_the_memory_limit_message()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { MemoryLimitBytes = 16L * 1024 * 1024 });

        var result = runtime.RunBody("""
            local t = {}
            local s = "x"
            while true do
              s = s .. s
              t[#t + 1] = s
            end
            """);

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("memory limit of 16 MiB exceeded");
    }

    [Fact]
    public void A_table_bomb_caught_by_pcall_still_ends_with_the_memory_limit()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { MemoryLimitBytes = 16L * 1024 * 1024 });

        var result = runtime.RunBody("""
            local keep = {}
            while true do
              pcall(function() for i = 1, 1e9 do keep[#keep + 1] = { i } end end)
            end
            """);

        result.Error.ShouldBe("memory limit of 16 MiB exceeded");
    }

    [Fact]
    public void After_a_limit_the_runner_keeps_serving_that_hook_and_others()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { InstructionBudget = 1_000_000, MemoryLimitBytes = 16L * 1024 * 1024 });
        var looping = Hooks.Define(Hooks.Module("if event.data.loop then while true do end end return true, 'ok'"), id: "looping");
        var other = Hooks.Define(Hooks.Module("return true, 'other'"), id: "other");

        runtime.Run(looping, """{"loop":true}""").Error.ShouldBe("instruction budget of 1000000 exceeded");

        runtime.Run(looping, """{"loop":false}""").Output.ShouldBe("ok");
        runtime.Run(other).Output.ShouldBe("other");
    }

    [Fact]
    public void A_vm_stopped_by_a_limit_is_discarded()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { InstructionBudget = 1_000_000, VmsPerHook = 1 });
        var hook = Hooks.Define(Hooks.Module("if event.data.loop then while true do end end return true"));
        runtime.Run(hook);
        runtime.Runner.IdleVms(hook).ShouldBe(1);

        runtime.Run(hook, """{"loop":true}""");

        runtime.Runner.IdleVms(hook).ShouldBe(0);
    }

    [Fact]
    public async Task Caller_cancellation_stops_a_running_hook()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { InstructionBudget = long.MaxValue });
        using var cts = new CancellationTokenSource();
        var hook = Hooks.Define(Hooks.Module("while true do end"));
        cts.Cancel();

        var result = await runtime.Runner.RunAsync(hook, Hooks.Event(), Hooks.TimeoutOf(hook), cts.Token);

        result.Error.ShouldBe("execution cancelled");
    }
}
