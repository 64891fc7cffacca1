using SlothActors.Lua.Modules;
using SlothActors.Lua.Tests.Integration.Support;

namespace SlothActors.Lua.Tests.Integration;

/// <summary>The one public module list, as the node hands it to the runner: every module is require-able and global.</summary>
public sealed class ModuleListTests : IDisposable
{
    private static readonly string[] Promised =
    [
        "log", "slog", "json", "yaml", "template", "crypto", "env", "file", "file_ops", "http", "exec", "state", "secret", "event", "contains",
    ];

    public static TheoryData<string> IssueModules => new(Promised);

    private readonly IntegratedRuntime _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void HookModules_All_holds_exactly_the_modules_hooks_are_promised()
    {
        HookModules.All().Select(m => m.Name).Order(StringComparer.Ordinal)
            .ShouldBe(Promised.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(IssueModules))]
    public async Task Each_module_is_require_able_and_the_same_value_as_its_global(string name)
    {
        // _G, not the bare name: inside execute(event) the name "event" is the event itself.
        var result = await _runtime.RunBodyAsync($"""
            local required = require("{name}")
            return true, type(required) .. " " .. tostring(required ~= nil and required == _G["{name}"])
            """);

        result.Error.ShouldBeNull();
        result.Output.ShouldBe((name == "contains" ? "function" : "table") + " true");
    }

    [Fact]
    public async Task Module_functions_are_lua_closures_not_dotnet_objects()
    {
        var result = await _runtime.RunBodyAsync("""
            local kinds = {}
            for _, name in ipairs({ "yaml", "template", "crypto", "env", "file", "file_ops", "http", "exec", "state", "secret", "json", "log", "event" }) do
              for fname, fn in pairs(require(name)) do
                if type(fn) ~= "function" then kinds[#kinds + 1] = name .. "." .. fname .. "=" .. type(fn) end
              end
            end
            return true, #kinds == 0 and "all functions" or table.concat(kinds, ",")
            """);

        result.Output.ShouldBe("all functions");
    }
}
