using SlothActors.Lua.Modules.Env;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.Env;

public sealed class EnvModuleTests : IDisposable
{
    private readonly ModuleHarness _lua = ModuleHarness.Create(new EnvModule());
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    [Fact]
    public void Get_returns_a_variable_of_the_node()
    {
        Environment.SetEnvironmentVariable("LUA_ENV_TEST_" + _suffix, "hello");
        _lua.Eval($"env.get('LUA_ENV_TEST_{_suffix}')").ShouldBe("hello");
    }

    [Fact]
    public void Get_of_an_unset_variable_is_nil_or_the_default()
    {
        _lua.Eval($"env.get('UNSET_{_suffix}') == nil").ShouldBe(true);
        _lua.Eval($"env.get('UNSET_{_suffix}', 'fallback')").ShouldBe("fallback");
    }

    [Theory]
    [InlineData("SLOTH_TOKEN_")]
    [InlineData("SLOTH_SECRET_KEY_")]
    [InlineData("SLOTH_DB_PASSWORD_")]
    [InlineData("sloth_api_key_")]
    public void Sloth_credentials_read_as_unset(string prefix)
    {
        var name = prefix + _suffix;
        Environment.SetEnvironmentVariable(name, "s3cr3t-value");
        _lua.Eval($"env.get('{name}') == nil").ShouldBe(true);
        _lua.Eval($"env.get('{name}', 'd')").ShouldBe("d");
    }

    [Fact]
    public void Other_sloth_variables_stay_readable()
    {
        Environment.SetEnvironmentVariable("SLOTH_NODE_NAME_" + _suffix, "node-a");
        _lua.Eval($"env.get('SLOTH_NODE_NAME_{_suffix}')").ShouldBe("node-a");
    }

    [Theory]
    [InlineData("env.get('')")]
    [InlineData("env.get('A=B')")]
    [InlineData("env.get({})")]
    public void Get_rejects_invalid_names(string call) => _lua.Error(call).ShouldStartWith("[string");

    public void Dispose() => _lua.Dispose();
}
