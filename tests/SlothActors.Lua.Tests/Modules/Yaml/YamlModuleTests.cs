using SlothActors.Lua.Modules.Yaml;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.Yaml;

public sealed class YamlModuleTests : IDisposable
{
    private readonly ModuleHarness _lua = ModuleHarness.Create(new YamlModule());

    [Fact]
    public void Decode_gives_typed_scalars_lists_and_maps()
    {
        _lua.Run("v = yaml.decode('name: api\\nreplicas: 3\\nratio: 0.5\\nenabled: true\\nnothing: ~\\nquoted: \"42\"\\nports: [80, 443]\\nnested: {a: {b: deep}}')");
        _lua.Eval("v.name").ShouldBe("api");
        _lua.Eval("math.type(v.replicas)").ShouldBe("integer");
        _lua.Eval("v.replicas").ShouldBe(3L);
        _lua.Eval("v.ratio").ShouldBe(0.5);
        _lua.Eval("v.enabled").ShouldBe(true);
        _lua.Eval("v.nothing == nil").ShouldBe(true);
        _lua.Eval("v.quoted").ShouldBe("42");
        _lua.Eval("#v.ports .. ':' .. v.ports[2]").ShouldBe("2:443");
        _lua.Eval("v.nested.a.b").ShouldBe("deep");
    }

    [Fact]
    public void Encode_then_decode_round_trips_a_table_and_keeps_numeric_strings_as_strings()
    {
        _lua.Run("t = yaml.decode(yaml.encode({name = 'x', count = 7, version = '1.0', list = {'a', 'b'}, flag = false}))");
        _lua.Eval("t.name .. t.count .. t.version .. t.list[1] .. t.list[2] .. tostring(t.flag)").ShouldBe("x71.0abfalse");
        _lua.Eval("type(t.version)").ShouldBe("string");
    }

    [Fact]
    public void Encode_writes_block_yaml() => _lua.Eval("yaml.encode({a = 1})").ShouldBe("a: 1\n");

    [Fact]
    public void Decode_of_an_empty_document_is_nil() => _lua.Eval("yaml.decode('') == nil").ShouldBe(true);

    [Fact]
    public void Decode_of_invalid_yaml_is_an_error_with_the_line() =>
        _lua.Error("yaml.decode('a: 1\\n  b: 2\\n c: [')").ShouldContain("yaml.decode: invalid YAML at line");

    [Fact]
    public void Decode_refuses_an_alias_bomb()
    {
        var levels = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 8; i++)
        {
            var previous = (char)('a' + i - 1);
            levels.Add($"{(char)('a' + i)}: &{(char)('a' + i)} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]");
        }

        _lua.Lua["bomb"] = string.Join("\n", levels);
        _lua.Error("yaml.decode(bomb)").ShouldContain("more than 200000 nodes");
    }

    [Fact]
    public void Decode_refuses_deep_nesting()
    {
        _lua.Lua["deep"] = new string('[', 100) + new string(']', 100);
        _lua.Error("yaml.decode(deep)").ShouldContain("nested deeper than 64");
    }

    [Fact]
    public void Encode_refuses_functions_and_cycles()
    {
        _lua.Error("yaml.encode({f = print})").ShouldContain("cannot convert a function");
        _lua.Error("local t = {} t.self = t yaml.encode(t)").ShouldContain("cycle");
    }

    public void Dispose() => _lua.Dispose();
}
