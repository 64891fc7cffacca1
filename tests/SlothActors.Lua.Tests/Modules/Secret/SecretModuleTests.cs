using SlothActors.Lua.Modules.Secret;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.Secret;

public sealed class SecretModuleTests : IDisposable
{
    private const string Value = "xoxb-very-secret-value";
    private readonly InMemorySecretStore _store = new();
    private readonly ModuleHarness _lua;

    public SecretModuleTests()
    {
        _store.SetAsync("prod", "slack_webhook_url", Value, DateTimeOffset.UtcNow, default).GetAwaiter().GetResult();
        _store.SetAsync("", "slack_webhook_url", "no-stack-value", DateTimeOffset.UtcNow, default).GetAwaiter().GetResult();
        _lua = ModuleHarness.Create(new SecretModule(), secrets: _store, stack: "prod");
    }

    [Fact]
    public void Get_returns_the_secret_of_the_events_stack() => _lua.Eval("secret.get('slack_webhook_url')").ShouldBe(Value);

    [Fact]
    public void Get_of_an_unknown_secret_is_nil() => _lua.Eval("secret.get('nope') == nil").ShouldBe(true);

    [Fact]
    public void Events_without_a_stack_read_the_empty_scope()
    {
        using var lua = ModuleHarness.Create(new SecretModule(), secrets: _store, stack: null);
        lua.Eval("secret.get('slack_webhook_url')").ShouldBe("no-stack-value");
    }

    [Fact]
    public void The_value_is_neither_logged_nor_written_to_the_execution_output()
    {
        _lua.Eval("secret.get('slack_webhook_url')").ShouldBe(Value);
        _store.FailWith = new InvalidOperationException("journal unavailable");
        _lua.Error("secret.get('slack_webhook_url')");

        _lua.Logger.Lines.ShouldNotBeEmpty();
        _lua.Logger.Lines.ShouldAllBe(line => !line.Contains(Value));
        _lua.Accessor.Current.Output.ShouldNotContain(Value);
    }

    [Fact]
    public void A_failing_store_is_an_error_naming_the_secret()
    {
        _store.FailWith = new InvalidOperationException("journal unavailable");
        _lua.Error("secret.get('slack_webhook_url')").ShouldContain("secret.get: secret 'slack_webhook_url' could not be read");
    }

    [Theory]
    [InlineData("secret.get('')")]
    [InlineData("secret.get()")]
    public void Invalid_names_are_errors(string call) => _lua.Error(call).ShouldStartWith("[string");

    public void Dispose() => _lua.Dispose();
}
