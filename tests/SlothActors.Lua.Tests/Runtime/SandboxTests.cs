using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

public sealed class SandboxTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Theory]
    [InlineData("io")]
    [InlineData("debug")]
    [InlineData("dofile")]
    [InlineData("loadfile")]
    [InlineData("package")]
    [InlineData("luanet")]
    [InlineData("os.execute")]
    [InlineData("os.exit")]
    [InlineData("os.remove")]
    [InlineData("os.rename")]
    [InlineData("os.tmpname")]
    [InlineData("os.getenv")]
    [InlineData("os.setlocale")]
    [InlineData("string.dump")]
    [InlineData("warn")]
    public void Removed_globals_are_nil(string path)
    {
        var result = _runtime.RunBody($"return true, tostring({path})");

        result.Output.ShouldBe("nil");
    }

    [Theory]
    [InlineData("string.upper('a')", "A")]
    [InlineData("table.concat({1, 2}, ',')", "1,2")]
    [InlineData("math.max(1, 5)", "5")]
    [InlineData("utf8.char(72)", "H")]
    [InlineData("type(os.time())", "number")]
    [InlineData("os.date('!%Y', 0)", "1970")]
    [InlineData("type(os.clock())", "number")]
    [InlineData("select('#', unpack({1, 2, 3}))", "3")]
    [InlineData("tostring(pcall(error, 'x'))", "false")]
    [InlineData("tostring(rawequal(rawget({a = 1}, 'a'), 1))", "true")]
    [InlineData("tostring(next({}))", "nil")]
    public void Safe_standard_library_stays_available(string expression, string expected)
    {
        var result = _runtime.RunBody($"return true, {expression}");

        result.Success.ShouldBeTrue(result.Error);
        result.Output.ShouldBe(expected);
    }

    [Fact]
    public void Require_of_an_unknown_module_fails_naming_the_allowed_ones()
    {
        var result = _runtime.RunBody("""local os = require("os")""");

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("test_hook.lua:3: module 'os' not found: hooks can require only contains, crypto, env, event, exec, file, file_ops, http, json, log, secret, slog, state, template, yaml");
    }

    [Fact]
    public void Require_of_a_module_returns_the_same_table_as_the_global()
    {
        var result = _runtime.RunBody("""return true, tostring(require("json") == json)""");

        result.Output.ShouldBe("true");
    }

    [Fact]
    public void Load_of_a_binary_chunk_fails()
    {
        var result = _runtime.RunBody("""
            local f, err = load("\27Lua\84\0", "x", "b")
            return true, tostring(f) .. " " .. err
            """);

        result.Output.ShouldBe("nil attempt to load a binary chunk (mode is 't')");
    }

    [Fact]
    public void Load_of_text_runs_in_the_execution_environment()
    {
        var hook = Hooks.Define(Hooks.Module("""
            local before = tostring(loaded_value)
            load("loaded_value = 'set'")()
            return true, before .. " " .. loaded_value
            """));

        _runtime.Run(hook).Output.ShouldBe("nil set");
        _runtime.Run(hook).Output.ShouldBe("nil set");
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("incremental")]
    [InlineData("generational")]
    [InlineData("setpause")]
    public void Collectgarbage_options_that_tune_or_stop_the_collector_are_refused(string option)
    {
        var result = _runtime.RunBody($"""collectgarbage("{option}")""");

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe($"test_hook.lua:3: collectgarbage(\"{option}\") is not allowed in hooks (only \"count\" and \"collect\")");
    }

    [Fact]
    public void Collectgarbage_count_and_collect_are_allowed()
    {
        var result = _runtime.RunBody("""collectgarbage() return true, type(collectgarbage("count"))""");

        result.Output.ShouldBe("number");
    }

    [Fact]
    public void The_string_metatable_cannot_be_reached()
    {
        var result = _runtime.RunBody("return true, tostring(getmetatable(''))");

        result.Output.ShouldBe("false");
    }

    [Fact]
    public void The_environment_metatable_cannot_be_read_or_replaced()
    {
        var result = _runtime.RunBody("""
            local ok = pcall(setmetatable, _ENV, {})
            return true, tostring(getmetatable(_ENV)) .. " " .. tostring(ok)
            """);

        result.Output.ShouldBe("false false");
    }

    [Fact]
    public void Print_is_captured_and_not_written_to_stdout()
    {
        var original = Console.Out;
        using var stdout = new StringWriter();
        Console.SetOut(stdout);
        try
        {
            _runtime.RunBody("""print("to the output")""").Output.ShouldBe("to the output");
        }
        finally
        {
            Console.SetOut(original);
        }

        stdout.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void The_sandbox_globals_are_exactly_the_allowed_set()
    {
        using var vm = new LuaVm(new LuaVmSetup(_runtime.Services, HookModules.All()));
        var names = new List<string>();
        var state = vm.State;
        state.PushGlobalTable();
        state.PushNil();
        while (state.Next(-2))
        {
            names.Add(state.ToString(-2, false));
            state.Pop(1);
        }

        state.Pop(1);
        names.Order(StringComparer.Ordinal).ShouldBe(
        [
            "_VERSION", "assert", "collectgarbage", "contains", "coroutine", "crypto", "env", "error", "event", "exec",
            "file", "file_ops", "getmetatable", "http", "ipairs", "json", "load", "log", "math", "next", "os", "pairs",
            "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "require", "secret", "select", "setmetatable",
            "slog", "state", "string", "table", "template", "tonumber", "tostring", "type", "unpack", "utf8", "xpcall", "yaml",
        ]);
    }
}
