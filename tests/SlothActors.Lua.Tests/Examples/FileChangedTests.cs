using System.Security.Cryptography;
using SlothActors.Lua.Loading;
using SlothActors.Lua.Tests.Examples.Support;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Examples;

/// <summary>hooks/file_changed.lua, the returned-table format with an event_types list, on temp files.</summary>
public sealed class FileChangedTests : IDisposable
{
    private readonly TempRoot _dir = new();
    private readonly IntegratedRuntime _runtime = new();

    public FileChangedTests()
    {
        Environment.SetEnvironmentVariable("FILE_AUDIT_LOG", _dir.In("audit.log"));
        Environment.SetEnvironmentVariable("FILE_RELOAD_TRIGGER", _dir.In("reload.trigger"));
    }

    public void Dispose()
    {
        _runtime.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void The_file_declares_both_event_types_in_the_returned_table_format()
    {
        var hook = ExampleHooks.Load(_runtime, "file_changed.lua");

        hook.EventTypes.ShouldBe(["file.modified", "file.created"]);
    }

    [Fact]
    public async Task A_changed_file_is_audited_and_the_reload_trigger_holds_its_checksum()
    {
        var watched = _dir.In("app.conf");
        await System.IO.File.WriteAllTextAsync(watched, "port=8080\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(await System.IO.File.ReadAllBytesAsync(watched)));
        var hook = ExampleHooks.Load(_runtime, "file_changed.lua");
        var evt = ExampleHooks.Event("file.modified", $$"""{"path":"{{watched}}"}""");

        var first = await _runtime.RunAsync(hook, evt);
        var again = await _runtime.RunAsync(hook, evt);

        first.Error.ShouldBeNull();
        first.Output.ShouldBe($"{watched}: audited, trigger updated");
        again.Output.ShouldBe($"{watched}: audited, trigger unchanged");
        System.IO.File.ReadAllText(_dir.In("reload.trigger")).ShouldBe($"last_change={sha}\n");
        System.IO.File.ReadAllLines(_dir.In("audit.log")).ShouldBe(
        [
            $"2025-06-01T12:00:00Z file.modified {watched} size=10 sha256={sha}",
            $"2025-06-01T12:00:00Z file.modified {watched} size=10 sha256={sha}",
        ]);
    }

    [Fact]
    public async Task A_file_outside_the_roots_fails_the_execution_and_writes_nothing()
    {
        var hook = ExampleHooks.Load(_runtime, "file_changed.lua");

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("file.created", """{"path":"/etc/passwd"}"""));

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("'/etc/passwd' is outside the allowed file roots");
        System.IO.File.Exists(_dir.In("audit.log")).ShouldBeFalse();
    }
}
