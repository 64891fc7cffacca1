using SlothActors.Lua.Modules;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

/// <summary>A third-party module written with NLua's object API still plugs in, and the sandbox seals its .NET functions behind Lua closures.</summary>
public sealed class NLuaModuleTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new(extraModules: [new GreetModule()]);

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void A_delegate_module_function_is_callable_and_require_able()
    {
        var result = _runtime.RunBody("""return true, require("greet").hello("web-01")""");

        result.Output.ShouldBe("hello web-01 from test_hook");
    }

    [Fact]
    public void Delegate_functions_are_hidden_behind_lua_closures()
    {
        var result = _runtime.RunBody("return true, type(greet.hello)");

        result.Output.ShouldBe("function");
    }

    [Fact]
    public void An_exception_in_a_module_function_is_a_lua_error_pcall_can_catch()
    {
        var result = _runtime.RunBody("""
            local ok, err = pcall(greet.fail)
            return true, tostring(ok) .. " " .. tostring(err):match("refused on purpose")
            """);

        result.Output.ShouldBe("false refused on purpose");
    }

    [Fact]
    public void An_uncaught_module_exception_fails_the_execution_with_its_message()
    {
        var result = _runtime.RunBody("greet.fail()");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("refused on purpose");
    }

    private sealed class GreetModule : IHookModule
    {
        public string Name => "greet";

        public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
        {
            lua.NewTable(Name);
            lua[Name + ".hello"] = (Func<string, string>)(who => $"hello {who} from {context.Current.Hook.Name}");
            lua[Name + ".fail"] = (Action)(() => throw new InvalidOperationException("refused on purpose"));
        }
    }
}
