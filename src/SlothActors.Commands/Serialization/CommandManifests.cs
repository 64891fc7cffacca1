using System.Collections.Frozen;
using SlothActors.Commands.Agents;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Secrets;

namespace SlothActors.Commands.Serialization;

/// <summary>
/// The manifest of every message between the CLI and a command host: its name and the version
/// of its layout. A changed layout gets a new name (<c>-v2</c>) beside the old one, so a CLI and a
/// node of different versions refuse each other's messages by name instead of misreading them.
/// </summary>
public static class CommandManifests
{
    /// <summary>The command protocol's version, shown when a message's manifest is unknown.</summary>
    public const int Version = 1;

    private static readonly (Type Type, string Name)[] Table =
    [
        (typeof(AddHook), "hook-add"),
        (typeof(ListHooks), "hook-list"),
        (typeof(GetHook), "hook-get"),
        (typeof(SetHookEnabled), "hook-enable"),
        (typeof(RemoveHook), "hook-remove"),
        (typeof(GetHookHistory), "hook-history"),
        (typeof(TestHook), "hook-test"),
        (typeof(HookView), "hook"),
        (typeof(HookList), "hooks"),
        (typeof(HookTestResult), "hook-test-result"),
        (typeof(ExecutionList), "executions"),
        (typeof(ListEvents), "event-list"),
        (typeof(GetEvent), "event-get"),
        (typeof(GetExecutions), "event-executions"),
        (typeof(DeleteEvent), "event-delete"),
        (typeof(CleanupEvents), "event-cleanup"),
        (typeof(DispatchEvent), "event-dispatch"),
        (typeof(ListEventTypes), "event-types"),
        (typeof(FollowEvents), "event-follow"),
        (typeof(EventView), "event"),
        (typeof(EventList), "events"),
        (typeof(Collected), "collected"),
        (typeof(CleanupResult), "cleanup-result"),
        (typeof(EventTypeList), "types"),
        (typeof(ShowCluster), "cluster-show"),
        (typeof(LeaveMember), "cluster-leave"),
        (typeof(DownMember), "cluster-down"),
        (typeof(DownUnreachable), "cluster-down-unreachable"),
        (typeof(JoinCluster), "cluster-join"),
        (typeof(FollowMembers), "cluster-follow"),
        (typeof(ClusterView), "cluster"),
        (typeof(MemberView), "member"),
        (typeof(MemberChange), "member-change"),
        (typeof(DownedMembers), "downed"),
        (typeof(JoinReply), "joined"),
        (typeof(SetSecret), "secret-set"),
        (typeof(ListSecrets), "secret-list"),
        (typeof(RemoveSecret), "secret-remove"),
        (typeof(SecretList), "secrets"),
        (typeof(ListAgents), "agent-list"),
        (typeof(AgentList), "agents"),
        (typeof(CommandRefused), "refused"),
        (typeof(CommandDone), "done"),
        (typeof(StreamStarted), "stream-started"),
    ];

    private static readonly string Suffix = $"-v{Version}";

    private static readonly FrozenDictionary<Type, string> ByType = Table.ToFrozenDictionary(entry => entry.Type, entry => entry.Name + Suffix);

    private static readonly FrozenDictionary<string, Type> ByName = Table.ToFrozenDictionary(entry => entry.Name + Suffix, entry => entry.Type, StringComparer.Ordinal);

    /// <summary>Every message type, for <c>serialization-bindings</c>.</summary>
    public static IReadOnlyList<Type> Types { get; } = [.. Table.Select(entry => entry.Type)];

    public static bool TryGetName(Type type, out string name) => ByType.TryGetValue(type, out name!);

    public static bool TryGetType(string name, out Type type) => ByName.TryGetValue(name, out type!);
}
