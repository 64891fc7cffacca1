using System.Text.Json;
using SlothActors.Lua.Loading;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Tests.Examples.Support;
using SlothActors.Lua.Tests.Integration.Support;

namespace SlothActors.Lua.Tests.Examples;

/// <summary>hooks/agent_monitor.lua, the legacy on_event() format, registered with its event type given at add time.</summary>
public sealed class AgentMonitorTests : IDisposable
{
    private const string ProductionAgent = """
        {"agent":{"name":"web-server-01","address":"192.168.1.100:50051","tags":["production","web"],"version":"1.0.0"}}
        """;

    private readonly IntegratedRuntime _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void Without_an_event_type_the_file_is_rejected_saying_to_pass_one()
    {
        var validator = new HookValidator(_runtime.Services, HookModules.All());

        var (_, validation) = HookScriptLoader.Load(validator, ExampleHooks.PathOf("agent_monitor.lua"));

        validation.IsValid.ShouldBeFalse();
        validation.Errors.ShouldContain("no event type: a legacy hook (global on_event) carries no metadata; pass the event type (--event)");
    }

    [Fact]
    public async Task A_joining_critical_agent_is_logged_with_its_tag()
    {
        var hook = ExampleHooks.Load(_runtime, "agent_monitor.lua", new HookOverrides(EventTypes: ["agent.registered"]));

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("agent.registered", ProductionAgent));

        hook.Name.ShouldBe("agent_monitor");
        result.Error.ShouldBeNull();
        result.Output.ShouldBe("[INFO] agent web-server-01 joined at 192.168.1.100:50051\n[INFO] agent web-server-01 is critical (production)");
    }

    [Fact]
    public async Task A_critical_agent_going_down_raises_a_custom_event()
    {
        var hook = ExampleHooks.Load(_runtime, "agent_monitor.lua", new HookOverrides("agent_monitor_down", ["agent.disconnected"]));

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("agent.disconnected", ProductionAgent));

        result.Success.ShouldBeTrue();
        result.Output.ShouldBe("[ERROR] critical agent web-server-01 (production) disconnected");
        var custom = _runtime.Ingress.Accepted.ShouldHaveSingleItem();
        custom.Type.ShouldBe("custom");
        var data = JsonDocument.Parse(custom.Data).RootElement;
        data.GetProperty("name").GetString().ShouldBe("agent_down");
        data.GetProperty("message").GetString().ShouldBe("web-server-01 is down");
    }

    [Fact]
    public async Task An_ordinary_agent_going_down_is_only_a_warning()
    {
        var hook = ExampleHooks.Load(_runtime, "agent_monitor.lua", new HookOverrides(EventTypes: ["agent.disconnected"]));

        var result = await _runtime.RunAsync(hook, ExampleHooks.Event("agent.disconnected", """{"agent":{"name":"dev-07","tags":["dev"]}}"""));

        result.Output.ShouldBe("[WARN] agent dev-07 disconnected");
        _runtime.Ingress.Accepted.ShouldBeEmpty();
    }
}
