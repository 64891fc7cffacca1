using System.Text.Json;
using SlothActors.Events;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.CoreModules;

public sealed class EventModuleTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void Dispatch_hands_a_child_event_to_the_ingress()
    {
        var result = _runtime.Run(Hooks.Module("""
            local ok = require("event").dispatch("deploy.failed", { deploy_id = 7, reason = "Tests failed" })
            return ok
            """), stack: "production");

        result.Success.ShouldBeTrue(result.Error);
        var child = _runtime.Ingress.Accepted.ShouldHaveSingleItem();
        child.Type.ShouldBe("deploy.failed");
        child.Stack.ShouldBe("production");
        child.CorrelationId.ShouldBe("corr-1");
        child.CausationId.ShouldBe("0194a1b2-0000-7000-8000-000000000001");
        child.Depth.ShouldBe(1);
        child.Source.ShouldBe("hook:test_hook");
        Guid.Parse(child.Id).Version.ShouldBe(7);
        var data = JsonDocument.Parse(child.Data).RootElement;
        data.GetProperty("deploy_id").GetInt32().ShouldBe(7);
        data.GetProperty("reason").GetString().ShouldBe("Tests failed");
    }

    [Fact]
    public void Dispatch_on_the_event_table_works_like_the_module()
    {
        var result = _runtime.Run("function on_event() return event.dispatch(\"custom.deployment\", { version = \"v2.0.0\" }) end");

        result.Success.ShouldBeTrue(result.Error);
        _runtime.Ingress.Accepted.ShouldHaveSingleItem().Type.ShouldBe("custom.deployment");
    }

    [Fact]
    public async Task Correlation_falls_back_to_the_parent_id()
    {
        var parent = Hooks.Event() with { CorrelationId = null };

        await _runtime.Runner.RunAsync(Hooks.Define(Hooks.Module("return event.dispatch('a.b')")), parent, TimeSpan.FromSeconds(30), CancellationToken.None);

        _runtime.Ingress.Accepted.ShouldHaveSingleItem().CorrelationId.ShouldBe(parent.Id);
    }

    [Fact]
    public void Dispatch_custom_sends_name_message_and_timestamp()
    {
        _runtime.RunBody("""return event.dispatch_custom("backup", "nightly backup done")""").Success.ShouldBeTrue();

        var child = _runtime.Ingress.Accepted.ShouldHaveSingleItem();
        child.Type.ShouldBe("custom");
        var data = JsonDocument.Parse(child.Data).RootElement;
        data.GetProperty("name").GetString().ShouldBe("backup");
        data.GetProperty("message").GetString().ShouldBe("nightly backup done");
        data.GetProperty("timestamp").GetInt64().ShouldBeGreaterThan(1_700_000_000);
    }

    [Theory]
    [InlineData("Bad.Type")]
    [InlineData("")]
    [InlineData("9lives")]
    public void An_invalid_type_returns_false_and_the_reason(string type)
    {
        var result = _runtime.RunBody($"local ok, err = event.dispatch('{type}', {{}}) return ok, err");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldStartWith("cannot dispatch: event type");
        _runtime.Ingress.Accepted.ShouldBeEmpty();
    }

    [Fact]
    public void A_list_as_data_is_refused()
    {
        var result = _runtime.RunBody("return event.dispatch('a.b', {1, 2})");

        result.Error.ShouldBe("event data must be a table with named fields, not a list");
    }

    [Fact]
    public async Task Dispatch_beyond_the_depth_limit_is_refused()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { MaxEventDepth = 3 });
        var deep = Hooks.Event() with { Depth = 3 };

        var result = await runtime.Runner.RunAsync(Hooks.Define(Hooks.Module("return event.dispatch('loop.again', {})")), deep, TimeSpan.FromSeconds(30), CancellationToken.None);

        result.Error.ShouldBe("event depth limit of 3 reached: 'loop.again' would be 4 dispatches deep from the original event (a hook loop?)");
        runtime.Ingress.Accepted.ShouldBeEmpty();
    }

    [Fact]
    public void A_failing_ingress_is_reported_as_false_and_the_reason()
    {
        _runtime.Ingress.FailWith = "journal unavailable";

        var result = _runtime.RunBody("return event.dispatch('a.b', {})");

        result.Error.ShouldBe("dispatch failed: journal unavailable");
    }

    [Fact]
    public void Contains_finds_values_in_lists_and_tables()
    {
        var result = _runtime.RunBody("""
            return true, tostring(contains({"a", "b"}, "b")) .. tostring(contains({"a"}, "z"))
              .. tostring(contains({x = 1}, 1)) .. tostring(contains(nil, 1))
            """);

        result.Output.ShouldBe("truefalsetruefalse");
    }

    [Fact]
    public void Events_have_unique_ids()
    {
        _runtime.RunBody("event.dispatch('a.b') event.dispatch('a.b') return true");

        _runtime.Ingress.Accepted.Select(e => e.Id).Distinct().Count().ShouldBe(2);
        _runtime.Ingress.Accepted.ShouldAllBe(e => e.Status == EventStatus.Pending);
    }
}
