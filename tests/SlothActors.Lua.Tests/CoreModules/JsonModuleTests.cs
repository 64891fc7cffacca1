using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.CoreModules;

public sealed class JsonModuleTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Theory]
    [InlineData("{1, 2, 3}", "[1,2,3]")]
    [InlineData("{a = 1}", """{"a":1}""")]
    [InlineData("{}", "{}")]
    [InlineData("{x = 1.5, ok = true, s = 'q\"'}", null)]
    [InlineData("{[2] = 'b'}", """{"2":"b"}""")]
    [InlineData("{list = {{n = 1}}}", """{"list":[{"n":1}]}""")]
    [InlineData("'text'", "\"text\"")]
    [InlineData("nil", "null")]
    public void Encode_detects_arrays_and_keeps_integers(string lua, string? expected)
    {
        var result = _runtime.RunBody($"return true, json.encode({lua})");

        result.Success.ShouldBeTrue(result.Error);
        if (expected is not null)
        {
            result.Output.ShouldBe(expected);
        }
        else
        {
            System.Text.Json.JsonDocument.Parse(result.Output!).RootElement.GetProperty("s").GetString().ShouldBe("q\"");
        }
    }

    [Fact]
    public void Decode_then_encode_round_trips()
    {
        var result = _runtime.RunBody("""return true, json.encode(json.decode('{"a":[1,2,{"b":null}],"c":"d"}').a)""");

        result.Output.ShouldBe("[1,2,{}]");
    }

    [Fact]
    public void Pretty_encoding_indents()
    {
        var result = _runtime.RunBody("return true, json.encode({a = 1}, true)");

        result.Output!.ShouldContain("\n");
    }

    [Fact]
    public void Decode_of_invalid_json_raises_a_clear_error_at_the_callers_line()
    {
        var result = _runtime.RunBody("""local v = json.decode('{"a":')""");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldStartWith("test_hook.lua:3: json.decode: invalid JSON at line 1");
    }

    [Fact]
    public void Decode_errors_can_be_caught_with_pcall()
    {
        var result = _runtime.RunBody("""local ok, err = pcall(json.decode, "nope") return true, tostring(ok)""");

        result.Output.ShouldBe("false");
    }

    [Fact]
    public void Decode_of_a_non_string_is_refused()
    {
        var result = _runtime.RunBody("json.decode({})");

        result.Error.ShouldBe("test_hook.lua:3: json.decode: expects a string, got table");
    }

    [Fact]
    public void Encode_of_a_function_is_refused()
    {
        var result = _runtime.RunBody("json.encode({f = print})");

        result.Error.ShouldBe("test_hook.lua:3: json.encode: cannot encode a function as JSON");
    }

    [Fact]
    public void Encode_of_a_cyclic_table_is_refused_by_the_depth_bound()
    {
        var result = _runtime.RunBody("local t = {} t.self = t json.encode(t)");

        result.Error.ShouldBe("test_hook.lua:3: json.encode: table nested deeper than 64 levels (or it contains a cycle)");
    }

    [Fact]
    public void Decode_of_too_deep_nesting_is_refused()
    {
        var deep = new string('[', 100) + new string(']', 100);

        var result = _runtime.RunBody($"json.decode('{deep}')");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("json.decode: invalid JSON");
        result.Error!.ShouldContain("depth");
    }

    [Fact]
    public void Encode_of_nan_is_refused()
    {
        var result = _runtime.RunBody("json.encode({x = 0/0})");

        result.Error.ShouldBe("test_hook.lua:3: json.encode: cannot encode NaN or infinity as JSON");
    }
}
