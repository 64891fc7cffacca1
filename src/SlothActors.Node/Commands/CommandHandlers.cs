using Akka.Hosting;
using SlothActors.Commands.Agents;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Secrets;
using SlothActors.Node.Agents;
using SlothActors.Node.Streaming;

namespace SlothActors.Node.Commands;

/// <summary>Which handler answers which command; what the command host runs once the token is checked.</summary>
internal sealed class CommandHandlers(
    HookCommandHandler hooks,
    EventCommandHandler events,
    ClusterCommandHandler cluster,
    SecretCommandHandler secrets,
    EventStreamHub streams,
    MemberFollowing members,
    ActorRegistry actors)
{
    public EventStreamHub Streams { get; } = streams;

    public MemberFollowing Members { get; } = members;

    /// <returns>The typed reply, or a <see cref="CommandRefused"/>.</returns>
    public Task<object> HandleAsync(NodeCommand command, CancellationToken ct) => command switch
    {
        AddHook add => hooks.AddAsync(add, ct),
        ListHooks list => hooks.ListAsync(list, ct),
        GetHook get => hooks.GetAsync(get, ct),
        SetHookEnabled toggle => hooks.SetEnabledAsync(toggle, ct),
        RemoveHook remove => hooks.RemoveAsync(remove, ct),
        GetHookHistory history => hooks.HistoryAsync(history, ct),
        TestHook test => hooks.TestAsync(test, ct),
        ListEvents list => events.ListAsync(list, ct),
        GetEvent get => events.GetAsync(get, ct),
        GetExecutions executions => events.ExecutionsAsync(executions, ct),
        DeleteEvent delete => events.DeleteAsync(delete, ct),
        CleanupEvents cleanup => events.CleanupAsync(cleanup, ct),
        DispatchEvent dispatch => events.DispatchAsync(dispatch, ct),
        ListEventTypes => Task.FromResult(EventCommandHandler.Types()),
        ShowCluster => cluster.ShowAsync(ct),
        LeaveMember leave => cluster.LeaveAsync(leave, ct),
        DownMember down => cluster.DownAsync(down, ct),
        DownUnreachable => cluster.DownUnreachableAsync(ct),
        JoinCluster join => Task.FromResult(cluster.Join(join)),
        SetSecret set => secrets.SetAsync(set, ct),
        ListSecrets list => secrets.ListAsync(list, ct),
        RemoveSecret remove => secrets.RemoveAsync(remove, ct),
        ListAgents => ListAgentsAsync(ct),
        _ => Task.FromResult<object>(new CommandRefused(400, "Unknown command", $"this node does not know the {command.GetType().Name} command")),
    };

    private async Task<object> ListAgentsAsync(CancellationToken ct) => await AgentRegistrySetup.ReadAsync(actors, ct).ConfigureAwait(false);
}
