using System.Globalization;
using System.Text;

namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    public Task<Reply<EventList>> ListEventsAsync(EventFilter filter, CancellationToken ct = default)
    {
        var query = new StringBuilder("events?");
        Append(query, "event_type", filter.Type);
        Append(query, "status", filter.Status);
        Append(query, "stack", filter.Stack);
        Append(query, "limit", filter.Limit?.ToString(CultureInfo.InvariantCulture));
        return GetAsync(query.ToString().TrimEnd('?', '&'), ClientJson.Default.EventList, ct);
    }

    public Task<Reply<EventView>> GetEventAsync(string id, CancellationToken ct = default) =>
        GetAsync($"events/{Escape(id)}", ClientJson.Default.EventView, ct);

    public Task<Reply<ExecutionList>> GetExecutionsAsync(string id, CancellationToken ct = default) =>
        GetAsync($"events/{Escape(id)}/executions", ClientJson.Default.ExecutionList, ct);

    public Task DeleteEventAsync(string id, CancellationToken ct = default) =>
        SendForTextAsync(new HttpRequestMessage(HttpMethod.Delete, $"events/{Escape(id)}"), ct);

    /// <param name="olderThan">A duration such as <c>720h</c> or <c>30d</c>.</param>
    public Task<Reply<CleanupResult>> CleanupEventsAsync(string olderThan, CancellationToken ct = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"events/cleanup?older_than={Escape(olderThan)}"), ClientJson.Default.CleanupResult, ct);

    public Task<Reply<Collected>> DispatchAsync(EventDraft draft, CancellationToken ct = default) =>
        PostAsync("events", draft, ClientJson.Default.EventDraft, ClientJson.Default.Collected, ct);

    public Task<Reply<EventTypeList>> GetEventTypesAsync(CancellationToken ct = default) =>
        GetAsync("events/types", ClientJson.Default.EventTypeList, ct);

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (value is not null)
        {
            query.Append(name).Append('=').Append(Escape(value)).Append('&');
        }
    }
}
