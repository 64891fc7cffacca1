using Microsoft.Extensions.Time.Testing;
using SlothActors.Lua.Modules.State;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.State;

public sealed class StateModuleTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStateStore _store = new();
    private readonly ModuleHarness _lua;

    public StateModuleTests() => _lua = ModuleHarness.Create(new StateModule(), state: _store, time: _time, stack: "prod");

    [Fact]
    public void Set_then_get_round_trips_strings_numbers_booleans_and_tables()
    {
        _lua.Run("state.set('s', 'text') state.set('n', 42) state.set('f', 2.5) state.set('b', false) state.set('t', {name = 'x', list = {1, 2}})");
        _lua.Eval("state.get('s')").ShouldBe("text");
        _lua.Eval("math.type(state.get('n')) .. state.get('n')").ShouldBe("integer42");
        _lua.Eval("state.get('f')").ShouldBe(2.5);
        _lua.Eval("state.get('b')").ShouldBe(false);
        _lua.Eval("state.get('t').name .. state.get('t').list[2]").ShouldBe("x2");
    }

    [Fact]
    public async Task Values_are_stored_as_json_in_the_events_stack_scope()
    {
        _lua.Run("state.set('k', {a = 1})");
        (await _store.GetAsync("prod", "k", _time.GetUtcNow(), default)).ShouldBe("{\"a\":1}");
        (await _store.GetAsync("", "k", _time.GetUtcNow(), default)).ShouldBeNull();
    }

    [Fact]
    public void Get_of_a_missing_key_is_nil() => _lua.Eval("state.get('missing') == nil").ShouldBe(true);

    [Fact]
    public void Delete_and_exists_report_whether_the_key_was_there()
    {
        _lua.Run("state.set('k', 1)");
        _lua.Eval("state.exists('k')").ShouldBe(true);
        _lua.Eval("state.delete('k')").ShouldBe(true);
        _lua.Eval("state.delete('k')").ShouldBe(false);
        _lua.Eval("state.exists('k')").ShouldBe(false);
    }

    [Fact]
    public void Set_to_nil_deletes_the_key()
    {
        _lua.Run("state.set('k', 1) state.set('k', nil)");
        _lua.Eval("state.exists('k')").ShouldBe(false);
    }

    [Fact]
    public void Keys_lists_all_keys_or_those_with_a_prefix()
    {
        _lua.Run("state.set('deploy:a', 1) state.set('deploy:b', 2) state.set('other', 3)");
        _lua.Eval("table.concat(state.keys(), ',')").ShouldBe("deploy:a,deploy:b,other");
        _lua.Eval("table.concat(state.keys('deploy:'), ',')").ShouldBe("deploy:a,deploy:b");
        _lua.Eval("#state.keys('none')").ShouldBe(0L);
    }

    [Fact]
    public void Increment_starts_from_zero_and_adds_the_delta()
    {
        _lua.Eval("state.increment('c')").ShouldBe(1L);
        _lua.Eval("state.increment('c', 5)").ShouldBe(6L);
        _lua.Eval("state.increment('c', -0.5)").ShouldBe(5.5);
        _lua.Eval("state.get('c')").ShouldBe(5.5);
    }

    [Fact]
    public void Increment_of_a_non_number_is_an_error() =>
        _lua.Error("state.set('s', 'text') state.increment('s')").ShouldContain("state.increment: 's' does not hold a number");

    [Fact]
    public void Set_with_ttl_expires_when_the_clock_passes_the_ttl()
    {
        _lua.Run("state.set_with_ttl('lock', 'held', 60)");
        _time.Advance(TimeSpan.FromSeconds(59));
        _lua.Eval("state.get('lock')").ShouldBe("held");
        _time.Advance(TimeSpan.FromSeconds(1));
        _lua.Eval("state.get('lock') == nil").ShouldBe(true);
        _lua.Eval("state.exists('lock')").ShouldBe(false);
    }

    [Theory]
    [InlineData("state.set_with_ttl('k', 1, 0)", "ttl_seconds must be a positive number")]
    [InlineData("state.set_with_ttl('k', nil, 5)", "value must not be nil")]
    [InlineData("state.get('')", "key must be 1 to 256 characters")]
    [InlineData("state.set('k', print)", "cannot encode a function")]
    [InlineData("state.set('k', 0/0)", "NaN")]
    [InlineData("state.increment('k', 'x')", "argument #2 (delta) must be a number")]
    public void Invalid_arguments_are_errors(string call, string message) => _lua.Error(call).ShouldContain(message);

    [Fact]
    public void A_value_over_the_size_bound_is_refused() =>
        _lua.Error("state.set('big', string.rep('x', 1024 * 1024 + 1))").ShouldContain("larger than 1048576 bytes");

    [Fact]
    public void A_cancelled_execution_stops_a_store_call()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var lua = ModuleHarness.Create(new StateModule(), state: new InMemoryStateStore(), cancellation: cancelled.Token);
        lua.Error("state.get('k')").ShouldContain("state.get: cancelled");
    }

    public void Dispose() => _lua.Dispose();
}
