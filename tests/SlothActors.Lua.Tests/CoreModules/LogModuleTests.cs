using Microsoft.Extensions.Logging;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.CoreModules;

public sealed class LogModuleTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void Each_level_appends_a_tagged_line_and_logs_to_the_node()
    {
        var result = _runtime.RunBody("""log.debug("d") log.info("i") log.warn("w") log.error("e", 42)""");

        result.Output.ShouldBe("[DEBUG] d\n[INFO] i\n[WARN] w\n[ERROR] e 42");
        _runtime.Logger.Entries.Select(e => (e.Level, e.Message)).ShouldBe([
            (LogLevel.Debug, "Hook test_hook: d"),
            (LogLevel.Information, "Hook test_hook: i"),
            (LogLevel.Warning, "Hook test_hook: w"),
            (LogLevel.Error, "Hook test_hook: e 42"),
        ]);
    }

    [Fact]
    public void Log_is_also_require_able()
    {
        var result = _runtime.RunBody("""require("log").info("via require")""");

        result.Output.ShouldBe("[INFO] via require");
    }

    [Fact]
    public void Slog_writes_sorted_fields_to_the_output()
    {
        var result = _runtime.RunBody("""slog.info("deployed", { version = "v2", attempt = 3, note = "two words" })""");

        result.Output.ShouldBe("[INFO] deployed attempt=3 note=\"two words\" version=v2");
    }

    [Fact]
    public void Slog_logs_the_fields_as_a_structured_scope()
    {
        _runtime.RunBody("""slog.warn("slow", { ms = 900 })""");

        var entry = _runtime.Logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Warning);
        entry.Message.ShouldBe("Hook test_hook: slow");
        var scope = entry.Scope.ShouldBeOfType<Dictionary<string, object?>>();
        scope["ms"].ShouldBe("900");
        scope["hook"].ShouldBe("test_hook");
    }

    [Fact]
    public void Slog_without_fields_is_a_plain_line()
    {
        _runtime.RunBody("""slog.error("boom")""").Output.ShouldBe("[ERROR] boom");
    }

    [Fact]
    public void Slog_with_non_table_fields_raises()
    {
        var result = _runtime.RunBody("""slog.info("x", "y")""");

        result.Error.ShouldBe("test_hook.lua:3: slog.info: fields must be a table, got string");
    }

    [Fact]
    public void Output_is_cut_at_the_configured_size_with_a_note()
    {
        using var runtime = new RuntimeFixture(new LuaRuntimeOptions { MaxOutputBytes = 100 });

        var result = runtime.RunBody("for i = 1, 50 do log.info('line ' .. i) end");

        result.Output!.ShouldEndWith("[output truncated]");
        result.Output.Length.ShouldBeLessThan(140);
    }
}
