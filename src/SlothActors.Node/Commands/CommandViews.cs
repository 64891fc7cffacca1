using System.Text.Json;
using Akka.Cluster;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Events;
using SlothActors.Events.Catalog;
using SlothActors.Events.Hooks;
using SlothActors.Node.Api;
using SlothActors.Node.Health;
using SlothActors.Node.Problems;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Commands;

/// <summary>The node's records as the command protocol's replies: the same fields the HTTP API writes.</summary>
internal static class CommandViews
{
    public static CommandRefused Refused(Problem problem) => new(problem.Status, problem.Title, problem.Detail, problem.Field);

    public static HookView Hook(HookDefinition hook, bool withScript = false) => new(
        hook.Id, hook.Name, hook.Description, hook.EventTypes, hook.Stack, hook.Enabled, hook.ScriptSha256, hook.FilePath,
        hook.RunCount, hook.LastRun, hook.CreatedAt, hook.UpdatedAt,
        hook.Timeout is { } timeout ? (long)timeout.TotalMilliseconds : null,
        withScript ? hook.Script : null);

    public static HookList Hooks(IReadOnlyList<HookDefinition> hooks) => new([.. hooks.Select(hook => Hook(hook))], hooks.Count);

    public static ExecutionList Executions(IReadOnlyList<HookExecution> executions, string? eventId = null, string? hookName = null) => new(
        [.. executions.Select(e => new ExecutionView(e.Id, e.EventId, e.HookId, e.HookName, e.Success, e.Output, e.Error, e.DurationMs, e.ExecutedAt))],
        executions.Count, eventId, hookName);

    public static EventView Event(Event evt)
    {
        using var data = JsonDocument.Parse(evt.Data);
        return new EventView(
            evt.Id, evt.Type, EventStatusNames.ToName(evt.Status), evt.Stack, evt.Source, EventSeverityNames.ToName(evt.Severity), evt.Error,
            evt.Timestamp, evt.CreatedAt, evt.ProcessedAt, data.RootElement.Clone(),
            evt.CorrelationId, evt.CausationId, evt.Tags, evt.Depth, evt.Attempts);
    }

    public static EventTypeList Types() => new([.. EventCatalog.All.Select(type => new EventTypeView(type.Name, type.Category, type.Description))]);

    public static ClusterView Cluster(ClusterMembers view, string storage) => new(
        view.Self.ToString(), view.SelfName, view.SelfStatus, view.State.Leader?.ToString(), storage,
        [.. view.Members.Select(member => Member(view, member))]);

    public static MemberView Member(ClusterMembers view, Member member, ClusterChange? change = null) => new(
        member.Address.ToString(),
        view.NameOf(member.Address),
        [.. member.Roles.Order(StringComparer.Ordinal)],
        AkkaMemberInfo.StatusName(member.Status),
        change?.Reachable ?? view.IsReachable(member) ? "reachable" : "unreachable",
        member.AppVersion.Version,
        view.IsLeader(member),
        member.Address.Equals(view.Self),
        change?.Kind,
        change?.At);
}
