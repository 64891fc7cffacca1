using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;

namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    public Task<Reply<EventList>> ListEventsAsync(ListEvents filter, CancellationToken ct = default) => AskAsync<EventList>(filter, ct);

    public Task<Reply<EventView>> GetEventAsync(string id, CancellationToken ct = default) => AskAsync<EventView>(new GetEvent(id), ct);

    public Task<Reply<ExecutionList>> GetExecutionsAsync(string id, CancellationToken ct = default) => AskAsync<ExecutionList>(new GetExecutions(id), ct);

    public Task<Reply<CommandDone>> DeleteEventAsync(string id, CancellationToken ct = default) => AskAsync<CommandDone>(new DeleteEvent(id), ct);

    /// <param name="olderThan">A duration such as <c>720h</c> or <c>30d</c>.</param>
    public Task<Reply<CleanupResult>> CleanupEventsAsync(string olderThan, CancellationToken ct = default) => AskAsync<CleanupResult>(new CleanupEvents(olderThan), ct);

    public Task<Reply<Collected>> DispatchAsync(EventDraft draft, CancellationToken ct = default) => AskAsync<Collected>(new DispatchEvent(draft), ct);

    public Task<Reply<EventTypeList>> GetEventTypesAsync(CancellationToken ct = default) => AskAsync<EventTypeList>(new ListEventTypes(), ct);

    /// <summary>Each new event the node accepts, until the node ends the stream or <paramref name="ct"/> fires.</summary>
    public IAsyncEnumerable<Reply<EventView>> TailAsync(string? type, string? stack, CancellationToken ct = default) =>
        FollowAsync<EventView>(new FollowEvents(type, stack), ct);
}
