using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

public sealed class IsolationTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new(new LuaRuntimeOptions { VmsPerHook = 1 });

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void Globals_set_in_one_execution_are_not_visible_in_the_next()
    {
        var hook = Hooks.Define(Hooks.Module("""
            local seen = tostring(leaked)
            leaked = "yes"
            _G.also_leaked = "yes"
            return true, seen .. " " .. tostring(also_leaked)
            """));

        _runtime.Run(hook).Output.ShouldBe("nil yes");
        _runtime.Run(hook).Output.ShouldBe("nil yes");
    }

    [Fact]
    public void Legacy_globals_do_not_leak_between_executions()
    {
        var hook = Hooks.Define("""
            function on_event()
              local seen = tostring(counter)
              counter = 1
              return true, seen
            end
            """);

        _runtime.Run(hook).Output.ShouldBe("nil");
        _runtime.Run(hook).Output.ShouldBe("nil");
    }

    [Fact]
    public void Top_level_globals_of_a_module_hook_stay_visible_to_its_execute()
    {
        var hook = Hooks.Define("""
            function helper(x) return "helped " .. x end
            return { execute = function(event) return true, helper(event.type) end }
            """);

        _runtime.Run(hook).Output.ShouldBe("helped task.failed");
        _runtime.Run(hook).Output.ShouldBe("helped task.failed");
    }

    [Fact]
    public void Chunk_level_locals_of_a_module_hook_persist_across_executions_on_one_vm()
    {
        var hook = Hooks.Define("""
            local runs = 0
            return { execute = function() runs = runs + 1 return true, tostring(runs) end }
            """);

        _runtime.Run(hook).Output.ShouldBe("1");
        _runtime.Run(hook).Output.ShouldBe("2");
    }

    [Fact]
    public void A_changed_script_gets_new_vms()
    {
        var first = Hooks.Define("local runs = 0 return { execute = function() runs = runs + 1 return true, 'v1 ' .. runs end }");
        var second = Hooks.Define("local runs = 0 return { execute = function() runs = runs + 1 return true, 'v2 ' .. runs end }");

        _runtime.Run(first).Output.ShouldBe("v1 1");
        _runtime.Run(second).Output.ShouldBe("v2 1");
        _runtime.Run(second).Output.ShouldBe("v2 2");
        _runtime.Runner.IdleVms(first).ShouldBe(0);
    }

    [Fact]
    public void Hooks_with_different_ids_have_their_own_vms()
    {
        const string Script = "local runs = 0 return { execute = function() runs = runs + 1 return true, tostring(runs) end }";

        _runtime.Run(Hooks.Define(Script, id: "a")).Output.ShouldBe("1");
        _runtime.Run(Hooks.Define(Script, id: "b")).Output.ShouldBe("1");
    }
}
