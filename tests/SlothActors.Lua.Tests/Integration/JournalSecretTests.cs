using System.Text;
using SlothActors.Lua.Tests.Integration.Support;

namespace SlothActors.Lua.Tests.Integration;

/// <summary>secret backed by the real SQLite journal: encrypted at rest, scoped per stack, masked everywhere a hook could show it.</summary>
public sealed class JournalSecretTests : IDisposable
{
    private const string Plaintext = "hooks.example/T0KEN-5ecret-plaintext-marker";
    private readonly JournalDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_hook_reads_the_secret_of_its_stack_only()
    {
        await using var journal = await _dir.OpenAsync();
        await journal.Secrets.SetAsync("prod", "webhook_url", Plaintext, DateTimeOffset.UtcNow, CancellationToken.None);
        using var runtime = new IntegratedRuntime(state: journal.State, secrets: journal.Secrets);
        const string Body = """return true, tostring(secret.get("webhook_url") == "hooks.example/T0KEN-5ecret-plaintext-marker")""";

        (await runtime.RunBodyAsync(Body, stack: "prod")).Output.ShouldBe("true");
        (await runtime.RunBodyAsync(Body, stack: "staging")).Output.ShouldBe("false");
    }

    [Fact]
    public async Task The_plaintext_is_absent_from_the_database_files()
    {
        await using var journal = await _dir.OpenAsync();
        await journal.Secrets.SetAsync("prod", "webhook_url", Plaintext, DateTimeOffset.UtcNow, CancellationToken.None);
        using var runtime = new IntegratedRuntime(state: journal.State, secrets: journal.Secrets);
        (await runtime.RunBodyAsync("""state.set("copy_of_length", #secret.get("webhook_url"))""", stack: "prod")).Error.ShouldBeNull();

        var bytes = _dir.DatabaseBytes();

        bytes.Length.ShouldBeGreaterThan(0);
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Plaintext)).ShouldBe(-1);
        bytes.AsSpan().IndexOf("T0KEN-5ecret"u8).ShouldBe(-1);
    }

    [Fact]
    public async Task A_secret_the_hook_prints_logs_or_raises_is_masked_in_output_error_and_node_log()
    {
        await using var journal = await _dir.OpenAsync();
        await journal.Secrets.SetAsync("prod", "webhook_url", Plaintext, DateTimeOffset.UtcNow, CancellationToken.None);
        using var runtime = new IntegratedRuntime(state: journal.State, secrets: journal.Secrets);

        var result = await runtime.RunBodyAsync("""
            local url = secret.get("webhook_url")
            print("calling " .. url)
            log.info("calling", url)
            slog.warn("calling", { url = url })
            error("could not reach " .. url)
            """, stack: "prod");

        result.Success.ShouldBeFalse();
        result.Output.ShouldBe("calling [secret]\n[INFO] calling [secret]\n[WARN] calling url=[secret]");
        result.Error.ShouldBe("test_hook.lua:7: could not reach [secret]");
        runtime.Logger.Entries.ShouldNotBeEmpty();
        runtime.Logger.Entries.ShouldAllBe(e => !e.Message.Contains(Plaintext) && !(e.Scope ?? "").ToString()!.Contains(Plaintext));
    }
}
