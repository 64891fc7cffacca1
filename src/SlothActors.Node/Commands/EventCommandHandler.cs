using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SlothActors.Commands.Events;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Events.Ingress;
using SlothActors.Journal.Maintenance;
using SlothActors.Journal.Queries;
using SlothActors.Node.Api;
using SlothActors.Node.Metrics;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Commands;

/// <summary>
/// The event commands, on the same services and checks as <c>/events</c>: a dispatched event
/// passes the collector protocol's rules and is answered only once it is durable.
/// </summary>
internal sealed class EventCommandHandler(
    IEventQueries queries, IEventMaintenance maintenance, IEventIngress ingress, EventParser parser, NodeMetrics metrics, TimeProvider time)
{
    public async Task<object> ListAsync(ListEvents command, CancellationToken ct)
    {
        // The filters as GET /events takes them, so both refuse a bad value with the same words.
        var filters = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        Add(filters, "event_type", command.Type);
        Add(filters, "status", command.Status);
        Add(filters, "stack", command.Stack);
        Add(filters, "limit", command.Limit?.ToString(CultureInfo.InvariantCulture));
        var (query, problem) = EventQueryReader.Read(new QueryCollection(filters));
        if (problem is not null)
        {
            return CommandViews.Refused(problem);
        }

        var events = await queries.ListEventsAsync(query!, ct).ConfigureAwait(false);
        return new EventList([.. events.Select(CommandViews.Event)], events.Count);
    }

    public async Task<object> GetAsync(GetEvent command, CancellationToken ct) =>
        await queries.GetEventAsync(command.Id, ct).ConfigureAwait(false) is { } evt
            ? CommandViews.Event(evt)
            : CommandViews.Refused(EventQueryEndpoints.NoSuchEvent(command.Id));

    public async Task<object> ExecutionsAsync(GetExecutions command, CancellationToken ct)
    {
        if (await queries.GetEventAsync(command.Id, ct).ConfigureAwait(false) is null)
        {
            return CommandViews.Refused(EventQueryEndpoints.NoSuchEvent(command.Id));
        }

        return CommandViews.Executions(await queries.ExecutionsOfAsync(command.Id, ct).ConfigureAwait(false), eventId: command.Id);
    }

    public async Task<object> DeleteAsync(DeleteEvent command, CancellationToken ct) =>
        await maintenance.DeleteEventAsync(command.Id, ct).ConfigureAwait(false)
            ? new CommandDone(command.Id, "deleted")
            : CommandViews.Refused(EventQueryEndpoints.NoSuchEvent(command.Id));

    public async Task<object> CleanupAsync(CleanupEvents command, CancellationToken ct)
    {
        var text = string.IsNullOrEmpty(command.OlderThan) ? EventAdminEndpoints.DefaultRetention : command.OlderThan;
        if (!DurationText.TryParse(text, out var olderThan))
        {
            return CommandViews.Refused(EventAdminEndpoints.NotADuration(text));
        }

        return new CleanupResult(await maintenance.CleanupAsync(time.GetUtcNow() - olderThan, ct).ConfigureAwait(false), text);
    }

    public async Task<object> DispatchAsync(DispatchEvent command, CancellationToken ct)
    {
        // The draft in the collector protocol's JSON, read by the parser POST /events uses.
        var parsed = parser.ParseEvent(JsonSerializer.SerializeToUtf8Bytes(command.Event, CommandJson.Default.EventDraft));
        if (!parsed.IsSuccess)
        {
            return CommandViews.Refused(Problem.From(parsed.Error));
        }

        var started = Stopwatch.GetTimestamp();
        await ingress.AcceptAsync([parsed.Event], ct).ConfigureAwait(false);
        metrics.DurableAckLatency.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        return new Collected(parsed.Event.Id, "collected");
    }

    public static object Types() => CommandViews.Types();

    private static void Add(Dictionary<string, StringValues> filters, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            filters[name] = value;
        }
    }
}
