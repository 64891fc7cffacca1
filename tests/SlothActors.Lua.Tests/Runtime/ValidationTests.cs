using SlothActors.Lua.Loading;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

public sealed class ValidationTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new(new LuaRuntimeOptions { InstructionBudget = 1_000_000 });
    private readonly HookValidator _validator;

    public ValidationTests() => _validator = new HookValidator(_runtime.Services, HookModules.All());

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void Module_table_metadata_is_read()
    {
        var result = _validator.Validate("""
            local hook = { name = "notify_on_failure", description = "Send it", event_type = "task.failed",
                           stack = "production", timeout = "5s" }
            function hook.execute(event) return true end
            return hook
            """, "notify.lua");

        result.IsValid.ShouldBeTrue(result.ToString());
        result.Metadata.ShouldBe(new HookMetadata("notify_on_failure", "Send it", result.Metadata!.EventTypes, "production", TimeSpan.FromSeconds(5), HookFormat.ModuleTable));
        result.Metadata.EventTypes.ShouldBe(["task.failed"]);
    }

    [Fact]
    public void Returned_table_with_an_event_types_list_is_read()
    {
        var result = _validator.Validate("""
            return {
              name = "file_changed_alert",
              event_types = { "file.modified", "file.*" },
              timeout = "500ms",
              execute = function(event) return true end,
            }
            """, "alert.lua");

        result.IsValid.ShouldBeTrue(result.ToString());
        result.Metadata!.Format.ShouldBe(HookFormat.ReturnedTable);
        result.Metadata.EventTypes.ShouldBe(["file.modified", "file.*"]);
        result.Metadata.Timeout.ShouldBe(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public void Legacy_hook_takes_name_from_the_file_and_type_from_the_caller()
    {
        var result = _validator.Validate("function on_event() return true end", "agent_joined.lua", new HookOverrides(EventTypes: ["agent.registered"]));

        result.IsValid.ShouldBeTrue(result.ToString());
        result.Metadata!.Name.ShouldBe("agent_joined");
        result.Metadata.Format.ShouldBe(HookFormat.Legacy);
        result.Metadata.EventTypes.ShouldBe(["agent.registered"]);
    }

    [Fact]
    public void Caller_overrides_win_over_the_file()
    {
        var result = _validator.Validate("return { name = \"a\", event_type = \"x.y\", execute = function() end }", "a.lua",
            new HookOverrides("renamed", ["other.type"], "staging"));

        result.Metadata!.Name.ShouldBe("renamed");
        result.Metadata.EventTypes.ShouldBe(["other.type"]);
        result.Metadata.Stack.ShouldBe("staging");
    }

    [Fact]
    public void Legacy_hook_without_an_event_type_is_rejected_with_a_hint()
    {
        var result = _validator.Validate("function on_event() return true end", "agent_joined.lua");

        result.Errors.ShouldBe(["no event type: a legacy hook (global on_event) carries no metadata; pass the event type (--event)"]);
    }

    [Fact]
    public void Syntax_error_names_the_line()
    {
        var result = _validator.Validate("local hook = {}\nfunction hook.execute(event)\n  return true\nreturn hook", "broken.lua");

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldStartWith("syntax error at line 4: broken.lua:4:");
    }

    [Fact]
    public void Top_level_runtime_error_names_the_line()
    {
        var result = _validator.Validate("local x = nil\nlocal y = x.field\nreturn {}", "bad.lua");

        result.Errors.ShouldHaveSingleItem().ShouldStartWith("the top level of the file failed at line 2: bad.lua:2: attempt to index a nil value");
    }

    [Fact]
    public void File_without_an_entry_point_is_rejected()
    {
        var result = _validator.Validate("local x = 1", "none.lua");

        result.Errors.ShouldBe(["no entry point: expected a returned table with an execute function (hook.execute), or a global function on_event()"]);
    }

    [Fact]
    public void Returned_table_without_execute_is_rejected()
    {
        var result = _validator.Validate("return { name = \"x\", event_type = \"a.b\" }", "x.lua");

        result.Errors.ShouldBe(["no entry point: the returned table has no execute function"]);
    }

    [Fact]
    public void Missing_name_and_type_are_both_reported()
    {
        var result = _validator.Validate("return { execute = function() end }", "x.lua");

        result.Errors.ShouldBe([
            "no name: set name = \"...\" in the hook table (or pass --name)",
            "no event type: set event_type or event_types in the hook table (or pass --event)",
        ]);
    }

    [Theory]
    [InlineData("Notify", "hook name 'Notify' must start with a lower-case letter (a-z).")]
    [InlineData("1st", "hook name '1st' must start with a lower-case letter (a-z).")]
    [InlineData("has space", "hook name 'has space' has the character ' ' at position 4")]
    public void Names_that_break_the_grammar_are_rejected(string name, string expected)
    {
        var result = _validator.Validate($"return {{ name = \"{name}\", event_type = \"a.b\", execute = function() end }}", "x.lua");

        result.Errors.ShouldHaveSingleItem().ShouldStartWith(expected);
    }

    [Theory]
    [InlineData("Task.Failed", false)]
    [InlineData("task.*", true)]
    [InlineData("*", true)]
    [InlineData("*.failed", false)]
    public void Event_type_patterns_follow_the_grammar(string type, bool valid)
    {
        var result = _validator.Validate($"return {{ name = \"x\", event_type = \"{type}\", execute = function() end }}", "x.lua");

        result.IsValid.ShouldBe(valid, result.ToString());
    }

    [Fact]
    public void A_type_that_breaks_the_grammar_is_rejected_with_the_events_librarys_message()
    {
        var result = _validator.Validate("return { name = \"x\", event_type = \"Task.Failed\", execute = function() end }", "x.lua");

        result.Errors.ShouldHaveSingleItem().ShouldStartWith(
            "event type pattern 'Task.Failed' is not valid: event type 'Task.Failed' must start with a lower-case letter (a-z).");
    }

    [Theory]
    [InlineData("Prod-EU", true)]
    [InlineData("prod eu", false)]
    public void Stacks_follow_the_stack_grammar(string stack, bool valid)
    {
        var result = _validator.Validate($"return {{ name = \"x\", event_type = \"a\", stack = \"{stack}\", execute = function() end }}", "x.lua");

        result.IsValid.ShouldBe(valid, result.ToString());
        if (!valid)
        {
            result.Errors.ShouldHaveSingleItem().ShouldBe("invalid stack 'prod eu': stack may contain only letters, digits, '_', '.' and '-'.");
        }
    }

    [Fact]
    public void A_name_longer_than_128_characters_is_rejected()
    {
        var name = "a" + new string('b', 128);

        var result = _validator.Validate($"return {{ name = \"{name}\", event_type = \"a\", execute = function() end }}", "x.lua");

        result.IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("\"5\"", 5000)]
    [InlineData("\"2m\"", 120000)]
    [InlineData("30", 30000)]
    public void Timeouts_are_parsed(string timeout, int milliseconds)
    {
        var result = _validator.Validate($"return {{ name = \"x\", event_type = \"a\", timeout = {timeout}, execute = function() end }}", "x.lua");

        result.Metadata!.Timeout.ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Fact]
    public void An_invalid_timeout_is_rejected()
    {
        var result = _validator.Validate("return { name = \"x\", event_type = \"a\", timeout = \"soon\", execute = function() end }", "x.lua");

        result.Errors.ShouldHaveSingleItem().ShouldStartWith("invalid timeout 'soon'");
    }

    [Fact]
    public void A_top_level_infinite_loop_is_stopped_by_the_limits()
    {
        var result = _validator.Validate("while true do end", "loop.lua");

        result.Errors.ShouldBe(["the top level of the file failed: instruction budget of 1000000 exceeded"]);
    }

    [Fact]
    public void The_loader_reads_a_file_and_validates_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hook-{Guid.NewGuid():N}.lua");
        File.WriteAllText(path, "function on_event() return true end");
        try
        {
            var (script, validation) = HookScriptLoader.Load(_validator, path, new HookOverrides("from_file", ["a.b"]));

            script.ShouldBe("function on_event() return true end");
            validation.Metadata!.Name.ShouldBe("from_file");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_loader_reports_a_missing_file()
    {
        var (_, validation) = HookScriptLoader.Load(_validator, "/nonexistent/hook.lua");

        validation.Errors.ShouldBe(["hook file '/nonexistent/hook.lua' does not exist"]);
    }
}
