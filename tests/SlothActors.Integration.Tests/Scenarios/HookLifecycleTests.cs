using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

[Collection(SharedNodeCollection.Name)]
public class HookLifecycleTests(SharedNode shared)
{
    [Fact]
    public async Task A_hook_is_added_listed_switched_run_tested_and_removed_with_the_cli()
    {
        var file = shared.HookFile("life.lua", SharedNode.Hook("life_hook", "life.event"));

        var test = await shared.SlothAsync("hook", "test", file, "--event", "life.event", "--data", """{"n": 1}""");
        test.ExitCode.ShouldBe(0, test.ToString());
        test.Out.ShouldStartWith("✅ Success");
        test.Out.ShouldContain("ran life.event");

        var add = await shared.SlothAsync("hook", "add", file, "--stack", "life");
        add.ExitCode.ShouldBe(0, add.ToString());
        add.Out.ShouldBe("Hook life_hook registered (enabled; events: life.event; stack: life)\n");

        (await shared.SlothAsync("hook", "list", "--stack", "life")).Out.ShouldContain("life_hook");
        (await shared.SlothAsync("hook", "list", "--stack", "elsewhere")).Out.ShouldNotContain("life_hook");
        var get = await shared.SlothAsync("hook", "get", "life_hook");
        get.ExitCode.ShouldBe(0, get.ToString());
        get.Out.ShouldContain("\"script\"");

        var disable = await shared.SlothAsync("hook", "disable", "life_hook");
        disable.ExitCode.ShouldBe(0, disable.ToString());
        (await shared.GetJsonAsync("/hooks/life_hook"))!.Value.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        (await shared.SlothAsync("hook", "enable", "life_hook")).ExitCode.ShouldBe(0);

        var dispatch = await shared.SlothAsync("events", "dispatch", "life.event", "--stack", "life", "--id", "life-1");
        dispatch.ExitCode.ShouldBe(0, dispatch.ToString());
        dispatch.Out.ShouldBe("Event life-1 dispatched (life.event).\n");
        await shared.FinishedAsync("life-1");

        var history = await shared.SlothAsync("hook", "history", "life_hook", "--limit", "5");
        history.ExitCode.ShouldBe(0, history.ToString());
        history.Out.ShouldContain("life-1");
        var byName = await shared.SlothAsync("hook", "test", "life_hook", "--event", "life.event");
        byName.ExitCode.ShouldBe(0, byName.ToString());

        (await shared.SlothAsync("hook", "remove", "life_hook")).ExitCode.ShouldBe(0);
        var gone = await shared.SlothAsync("hook", "get", "life_hook");
        gone.ExitCode.ShouldBe(1);
        gone.Error.ShouldContain("no hook named 'life_hook'");
    }
}
