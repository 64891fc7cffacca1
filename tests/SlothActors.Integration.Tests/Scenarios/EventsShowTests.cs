using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

[Collection(SharedNodeCollection.Name)]
public class EventsShowTests(SharedNode shared)
{
    [Fact]
    public async Task Events_show_prints_the_event_its_executions_and_each_failure()
    {
        (await shared.SlothAsync("hook", "add", shared.HookFile("show_ok.lua", SharedNode.Hook("show_ok", "show.event")))).ExitCode.ShouldBe(0);
        (await shared.SlothAsync("hook", "add", shared.HookFile("show_bad.lua", SharedNode.Hook("show_bad", "show.event", "error(\"deploy server refused\")")))).ExitCode.ShouldBe(0);
        (await shared.SlothAsync("events", "dispatch", "show.event", "--id", "show-1", "--data", """{"task": "deploy"}""")).ExitCode.ShouldBe(0);
        await shared.FinishedAsync("show-1");

        var show = await shared.SlothAsync("events", "show", "show-1");
        show.ExitCode.ShouldBe(0, show.ToString());
        var lines = show.Out.Split('\n');
        lines[0].ShouldBe("Event: show-1");
        lines[1].ShouldBe("Type: show.event");
        lines[2].ShouldBe("Status: failed");
        lines[3].ShouldStartWith("Created: ");
        lines[4].ShouldStartWith("Processed: ");
        show.Out.ShouldContain("Hook Executions");
        lines.ShouldContain(line => line.Contains("show_ok") && line.Contains("✅ Success"));
        lines.ShouldContain(line => line.Contains("show_bad") && line.Contains("❌ Failed"));
        show.Out.ShouldContain("Hook: show_bad\nError:\n");
        show.Out.ShouldContain("deploy server refused");

        var list = await shared.SlothAsync("events", "list", "--type", "show.event");
        list.Out.ShouldContain("show-1");
        list.Out.ShouldContain("failed");
    }
}
