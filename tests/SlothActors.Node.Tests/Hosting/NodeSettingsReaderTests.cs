using Microsoft.Extensions.Configuration;
using SlothActors.Events.Hooks;
using SlothActors.Node.Hosting;
using SlothActors.Node.Runtime;

namespace SlothActors.Node.Tests.Hosting;

public class NodeSettingsReaderTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Engine_and_lua_sections_are_read_the_way_SLOTH_ENGINE__X_variables_arrive()
    {
        var settings = NodeSettingsReader.Read(Config(("ENGINE:WORKERS", "7"), ("engine:GracePeriod", "00:00:03"), ("LUA:EXECENABLED", "false"), ("PORT", "9000")));
        settings.Engine.Workers.ShouldBe(7);
        settings.Engine.GracePeriod.ShouldBe(TimeSpan.FromSeconds(3));
        settings.Lua.ExecEnabled.ShouldBeFalse();
        settings.Node.Port.ShouldBe(9000);
    }

    [Fact]
    public void An_out_of_range_engine_setting_is_refused_with_its_name()
    {
        var refused = Should.Throw<NodeOptionsException>(() => NodeSettingsReader.Read(Config(("engine:Workers", "0"))));
        refused.Message.ShouldContain("Workers");
    }

    [Fact]
    public void Resolved_settings_confine_files_give_hooks_the_engines_one_default_timeout_and_outlast_the_grace_period()
    {
        var settings = NodeSettingsReader.Read(Config(("engine:DefaultHookTimeout", "00:00:07"), ("engine:GracePeriod", "00:00:04"))).Resolved();
        var hook = new HookDefinition
        {
            Id = "h",
            Name = "h",
            EventTypes = ["*"],
            Script = "",
            ScriptSha256 = "",
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        settings.Engine.TimeoutOf(hook).ShouldBe(TimeSpan.FromSeconds(7));
        settings.Engine.TimeoutOf(hook with { Timeout = TimeSpan.FromSeconds(2) }).ShouldBe(TimeSpan.FromSeconds(2));
        settings.Lua.FileRoots.ShouldContain(Path.GetFullPath(settings.Node.DataDir));
        settings.Node.ShutdownGrace.ShouldBe(TimeSpan.FromSeconds(4) + NodeSettings.ShutdownMargin);
    }
}
