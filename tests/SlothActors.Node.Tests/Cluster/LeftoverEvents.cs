using SlothActors.Events;
using SlothActors.Journal;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>
/// Read-model rows a stopped node left <c>processing</c> under its name: what a crash leaves
/// once no partition knows the events (rows of an older version, which accepted in the read model).
/// </summary>
internal static class LeftoverEvents
{
    /// <summary>Events processing under <paramref name="name"/>'s claim, as if that node had routed them and then stopped.</summary>
    public static async Task<IReadOnlyList<string>> HoldAsync(IEventJournal journal, string name, int heldEvents)
    {
        var now = DateTimeOffset.UtcNow;
        var events = Enumerable.Range(0, heldEvents).Select(_ => new Event
        {
            Id = EventIds.New(),
            Type = "held.event",
            Timestamp = now,
            CreatedAt = now,
            Status = EventStatus.Processing,
            Attempts = 1,
        }).ToList();
        await journal.AppendAsync(events, name, CancellationToken.None);
        return events.Select(e => e.Id).ToList();
    }

    public static async Task<bool> AllCompletedAsync(IEventJournal journal, IReadOnlyList<string> ids)
    {
        foreach (var id in ids)
        {
            if ((await journal.GetEventAsync(id, CancellationToken.None))?.Status != EventStatus.Completed)
            {
                return false;
            }
        }

        return true;
    }
}
