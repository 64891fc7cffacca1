using System.Text.Json;
using SlothActors.Commands.Agents;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Secrets;

namespace SlothActors.Commands.Tests.Serialization;

/// <summary>
/// One message of every command-protocol type, each with every field set (nulls only where a
/// field is optional), so a round trip that drops or renames a field shows.
/// </summary>
internal static class Samples
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 10, 30, 5, 123, TimeSpan.FromHours(2));

    private static readonly EventDraft Draft = new("task.failed", Data("""{"task":"deploy","attempt":2}"""), "prod", "0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    private static readonly HookView Hook = new(
        "h-1", "notify", "tells the team", ["task.failed", "task.*"], "prod", true, "ab12", "/hooks/notify.lua",
        7, At, At.AddDays(-1), At, TimeoutMs: 5000, Script: "return {}");

    private static readonly ExecutionView Execution = new(42, "e-1", "h-1", "notify", false, "out", "boom", 12, At);

    private static readonly EventView Event = new(
        "e-1", "task.failed", "failed", "prod", "crackerjack", "error", "boom", At, At, At.AddSeconds(1), Data("""{"n":1,"list":[true,null]}"""),
        "c-1", "p-1", ["a", "b"], Depth: 2, Attempts: 3);

    private static readonly MemberView Member = new(
        "akka.tcp://sloth@127.0.0.1:4053", "node-1", ["worker"], "up", "reachable", "0.1.0", Leader: true, Self: true, Event: "current", At: At);

    private static readonly MemberChange Change = new("node-2", "akka.tcp://sloth@127.0.0.1:4054", "down");

    public static IReadOnlyList<object> All { get; } =
    [
        new AddHook("return {}", "notify", ["task.failed"], "prod", false, "/hooks/notify.lua") { Token = "tok" },
        new ListHooks("prod") { Token = "tok" },
        new GetHook("notify"),
        new SetHookEnabled("notify", true),
        new RemoveHook("notify"),
        new GetHookHistory("notify", 20),
        new TestHook(null, "notify", Draft),
        Hook,
        new HookList([Hook, Hook with { Script = null }], 2),
        new HookTestResult(true, "ok", null, 3, "notify", "e-1"),
        new ExecutionList([Execution], 1, "e-1", "notify"),
        new ListEvents("task.*", "failed", "prod", 50),
        new GetEvent("e-1"),
        new GetExecutions("e-1"),
        new DeleteEvent("e-1"),
        new CleanupEvents("720h"),
        new DispatchEvent(Draft),
        new ListEventTypes(),
        new FollowEvents("task.*", "prod"),
        Event,
        new EventList([Event], 1),
        new Collected("e-1", "collected"),
        new CleanupResult(12, "720h"),
        new EventTypeList([new EventTypeView("task.failed", "task", "a task failed")]),
        new ShowCluster(),
        new LeaveMember("node-2"),
        new DownMember("127.0.0.1:4054"),
        new DownUnreachable(),
        new JoinCluster("127.0.0.1:4053"),
        new FollowMembers(),
        new ClusterView("akka.tcp://sloth@127.0.0.1:4053", "node-1", "up", "akka.tcp://sloth@127.0.0.1:4053", "postgres", [Member]),
        Member,
        Change,
        new DownedMembers([Change]),
        new JoinReply("akka.tcp://sloth@127.0.0.1:4054", "akka.tcp://sloth@127.0.0.1:4053", "joining"),
        new SetSecret("API_KEY", "s3cret", "prod"),
        new ListSecrets("prod"),
        new RemoveSecret("API_KEY", "prod"),
        new SecretList("prod", ["API_KEY", "DB_URL"]),
        new ListAgents(),
        new AgentList([new AgentView("agent-1", "akka.tcp://agent@10.0.0.5:4060", ["linux"], "connected", "0.1.0", At)], 1),
        new CommandRefused(422, "Invalid value", "limit must be from 1 to 1000", "limit"),
        new CommandDone("notify", "removed"),
        StreamStarted.Instance,
    ];

    private static JsonElement Data(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
