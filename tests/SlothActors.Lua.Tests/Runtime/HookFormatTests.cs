using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Runtime;

public sealed class HookFormatTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void Module_table_with_hook_execute_runs_and_its_message_is_the_output()
    {
        var result = _runtime.Run("""
            local hook = { name = "notify_on_failure", event_type = "task.failed" }
            function hook.execute(event)
              return true, "Notification sent for " .. event.type
            end
            return hook
            """);

        result.Success.ShouldBeTrue(result.Error);
        result.Output.ShouldBe("Notification sent for task.failed");
    }

    [Fact]
    public void Returned_table_literal_with_execute_runs()
    {
        var result = _runtime.Run("""
            return {
              name = "file_changed_alert",
              event_types = { "file.modified", "file.created" },
              execute = function(event) return true, "seen " .. event.id end,
            }
            """);

        result.Success.ShouldBeTrue(result.Error);
        result.Output.ShouldBe("seen 0194a1b2-0000-7000-8000-000000000001");
    }

    [Fact]
    public void Legacy_on_event_reads_the_global_event_and_logs()
    {
        var result = _runtime.Run("""
            function on_event()
              local agent = event.agent or event.data.agent
              log.info("agent " .. agent.name .. " joined")
              return true
            end
            """, data: """{"agent":{"name":"web-01"}}""");

        result.Success.ShouldBeTrue(result.Error);
        result.Output.ShouldBe("[INFO] agent web-01 joined");
    }

    [Fact]
    public void Legacy_top_level_code_runs_on_every_execution()
    {
        var hook = Hooks.Define("""
            print("top level")
            function on_event() return true, "handled" end
            """);

        _runtime.Run(hook).Output.ShouldBe("top level\nhandled");
        _runtime.Run(hook).Output.ShouldBe("top level\nhandled");
    }

    [Fact]
    public void Returning_false_with_a_message_fails_with_that_message()
    {
        var result = _runtime.RunBody("""print("before") return false, "disk full" """);

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("disk full");
        result.Output.ShouldBe("before");
    }

    [Fact]
    public void Returning_false_alone_fails_with_a_generic_message()
    {
        var result = _runtime.RunBody("return false");

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("hook returned false");
    }

    [Fact]
    public void Error_call_fails_with_the_lua_message_including_chunk_name_and_line()
    {
        var result = _runtime.RunBody("""error("Failed to send notification")""");

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe("test_hook.lua:3: Failed to send notification");
    }

    [Fact]
    public void Runtime_error_fails_with_the_lua_message_and_line()
    {
        var result = _runtime.RunBody("local x = nil\nreturn x.field");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldStartWith("test_hook.lua:4: attempt to index a nil value");
    }

    [Theory]
    [InlineData("return")]
    [InlineData("return nil")]
    [InlineData("return 42")]
    [InlineData("return \"text\"")]
    [InlineData("local _ = 1")]
    public void Nil_nothing_or_a_non_boolean_first_value_is_success(string body)
    {
        var result = _runtime.RunBody(body);

        result.Success.ShouldBeTrue(result.Error);
        result.Output.ShouldBeNull();
    }

    [Fact]
    public void Output_is_the_printed_lines_then_the_success_message()
    {
        var result = _runtime.RunBody("""print("a", 1, true) log.warn("careful") return true, "done" """);

        result.Output.ShouldBe("a\t1\ttrue\n[WARN] careful\ndone");
    }

    [Fact]
    public void A_file_without_an_entry_point_fails_at_run_time_with_a_clear_message()
    {
        var result = _runtime.Run("local x = 1");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldStartWith("no entry point");
    }

    [Fact]
    public void A_syntax_error_fails_every_run_with_the_line()
    {
        var hook = Hooks.Define("function on_event()\n  return true\nen");

        var first = _runtime.Run(hook);
        var second = _runtime.Run(hook);

        first.Success.ShouldBeFalse();
        first.Error!.ShouldContain("test_hook.lua:3:");
        second.Error.ShouldBe(first.Error);
    }
}
