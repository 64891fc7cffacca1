using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Integration;

/// <summary>state backed by the real SQLite journal: durable, scoped per stack, atomic increments.</summary>
public sealed class JournalStateTests : IDisposable
{
    private readonly JournalDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_value_set_by_one_execution_is_read_after_the_journal_is_reopened()
    {
        await using (var journal = await _dir.OpenAsync())
        {
            using var runtime = new IntegratedRuntime(state: journal.State, secrets: journal.Secrets);
            (await runtime.RunBodyAsync("""state.set("last_deploy", { version = "1.4.2", replicas = 3 })""", stack: "prod")).Error.ShouldBeNull();
        }

        await using (var reopened = await _dir.OpenAsync())
        {
            using var runtime = new IntegratedRuntime(state: reopened.State, secrets: reopened.Secrets);
            var result = await runtime.RunBodyAsync("""
                local v = state.get("last_deploy")
                return true, v.version .. " x" .. v.replicas
                """, stack: "prod");

            result.Output.ShouldBe("1.4.2 x3");
        }
    }

    [Fact]
    public async Task Each_stack_sees_only_its_own_keys()
    {
        await using var journal = await _dir.OpenAsync();
        using var runtime = new IntegratedRuntime(state: journal.State, secrets: journal.Secrets);
        await runtime.RunBodyAsync("""state.set("owner", "prod team")""", stack: "prod");

        var staging = await runtime.RunBodyAsync("""return true, tostring(state.get("owner")) .. " " .. #state.keys()""", stack: "staging");
        var prod = await runtime.RunBodyAsync("""return true, state.get("owner")""", stack: "prod");

        staging.Error.ShouldBeNull();
        staging.Output.ShouldBe("nil 0");
        prod.Output.ShouldBe("prod team");
    }

    [Fact]
    public async Task Increment_is_atomic_across_concurrent_executions_of_one_hook()
    {
        const int Executions = 8, Increments = 50;
        await using var journal = await _dir.OpenAsync();
        using var runtime = new IntegratedRuntime(new LuaRuntimeOptions { VmsPerHook = Executions }, journal.State, journal.Secrets);
        var hook = Hooks.Define(Hooks.Module($"for i = 1, {Increments} do state.increment('hits') end"));

        var results = await Task.WhenAll(Enumerable.Range(0, Executions).Select(_ => runtime.RunAsync(hook, Hooks.Event(stack: "prod"))));

        results.ShouldAllBe(r => r.Success);
        var total = await runtime.RunBodyAsync("""return true, string.format("%d", state.get("hits"))""", stack: "prod");
        total.Output.ShouldBe((Executions * Increments).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
