using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

public sealed class EventTableTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    private string? Eval(string expression, string data = "{}", string? stack = "production") =>
        _runtime.Run(Hooks.Module($"return true, {expression}"), data, stack).Output;

    [Theory]
    [InlineData("event.id", "0194a1b2-0000-7000-8000-000000000001")]
    [InlineData("event.type", "task.failed")]
    [InlineData("math.type(event.timestamp) .. ' ' .. event.timestamp", "integer 1735787045")]
    [InlineData("event.stack", "production")]
    [InlineData("event.source", "ci")]
    [InlineData("event.severity", "error")]
    [InlineData("event.correlation_id", "corr-1")]
    public void Scalar_fields_are_set(string expression, string expected) => Eval(expression).ShouldBe(expected);

    [Fact]
    public void A_missing_stack_is_nil() => Eval("tostring(event.stack)", stack: null).ShouldBe("nil");

    [Fact]
    public void Whole_numbers_are_integers_and_others_floats() =>
        Eval("math.type(event.data.a) .. math.type(event.data.b) .. math.type(event.data.c) .. string.format(' %d', event.data.a)",
            """{"a":3,"b":2.5,"c":1.0}""").ShouldBe("integerfloatinteger 3");

    [Fact]
    public void Arrays_are_one_based_sequences() =>
        Eval("#event.data.list .. event.data.list[1] .. event.data.list[3]", """{"list":["a","b","c"]}""").ShouldBe("3ac");

    [Fact]
    public void Null_is_nil() =>
        Eval("tostring(event.data.gone) .. tostring(event.data.list[2]) .. event.data.list[3]", """{"gone":null,"list":[1,null,3]}""").ShouldBe("nilnil3");

    [Fact]
    public void Nested_objects_are_tables() =>
        Eval("event.data.task.exit_code + 1", """{"task":{"exit_code":1}}""").ShouldBe("2");

    [Fact]
    public void Agent_and_task_shortcuts_exist_when_they_are_objects() =>
        Eval("event.agent.name .. ' ' .. event.task.task_name .. ' ' .. tostring(rawequal(event.agent, event.data.agent))",
            """{"agent":{"name":"web-01"},"task":{"task_name":"build"}}""").ShouldBe("web-01 build true");

    [Fact]
    public void Shortcuts_are_nil_when_the_fields_are_not_objects() =>
        Eval("tostring(event.agent) .. ' ' .. tostring(event.task)", """{"agent":"web-01"}""").ShouldBe("nil nil");

    [Fact]
    public void Pairs_over_the_event_includes_the_data()
    {
        var output = Eval("""
            (function() local keys = {} for k in pairs(event) do keys[#keys + 1] = k end table.sort(keys) return table.concat(keys, ",") end)()
            """, """{"agent":{"name":"a"}}""");

        output.ShouldBe("agent,correlation_id,data,id,severity,source,stack,timestamp,type");
    }

    [Fact]
    public void Json_encode_of_the_event_includes_the_data() =>
        Eval("json.decode(json.encode(event)).data.x", """{"x":"y"}""").ShouldBe("y");

    [Fact]
    public void Dispatch_functions_are_reachable_on_the_event() =>
        Eval("type(event.dispatch) .. ' ' .. type(event.dispatch_custom)").ShouldBe("function function");
}
