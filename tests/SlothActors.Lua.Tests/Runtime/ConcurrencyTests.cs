using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Many_parallel_executions_of_one_hook_each_get_their_own_result()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { VmsPerHook = 3 });
        var hook = Hooks.Define(Hooks.Module("""
            marker = event.data.n
            for _ = 1, 2000 do local _ = {} end
            return true, tostring(marker) .. "=" .. tostring(event.data.n)
            """));

        var runs = Enumerable.Range(0, 200).Select(n => Task.Run(() =>
            runtime.Runner.RunAsync(hook, Hooks.Event($$"""{"n":{{n}}}"""), Hooks.TimeoutOf(hook), CancellationToken.None).AsTask()));
        var results = await Task.WhenAll(runs);

        results.Select(r => r.Output).ShouldBe(Enumerable.Range(0, 200).Select(n => $"{n}={n}"));
        runtime.Runner.IdleVms(hook).ShouldBeInRange(1, 3);
    }

    [Fact]
    public async Task A_hook_waiting_for_a_vm_runs_once_one_is_returned()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { VmsPerHook = 1 });
        var hook = Hooks.Define(Hooks.Module("for _ = 1, 10000 do end return true, event.data.n"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => Task.Run(() =>
            runtime.Runner.RunAsync(hook, Hooks.Event($$"""{"n":"{{n}}"}"""), Hooks.TimeoutOf(hook), CancellationToken.None).AsTask())));

        results.Select(r => r.Output).Order().ShouldBe(Enumerable.Range(0, 8).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        runtime.Runner.IdleVms(hook).ShouldBe(1);
    }
}
