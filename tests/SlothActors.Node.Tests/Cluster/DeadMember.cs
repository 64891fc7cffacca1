using SlothActors.Events;
using SlothActors.Journal;
using SlothActors.Journal.Cluster;
using SlothActors.Journal.Postgres.Cluster;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>
/// A member that crashed holding work: its row says up, its heartbeat has stopped, and events it
/// had claimed are still processing under its name.
/// </summary>
internal static class DeadMember
{
    public static async Task<IReadOnlyList<string>> CreateAsync(string connectionString, IEventJournal journal, string name, int heldEvents)
    {
        await using (var store = await PostgresCluster.OpenAsync(new PostgresClusterOptions(connectionString), CancellationToken.None))
        {
            await store.JoinAsync(new MemberRegistration(name, "http://127.0.0.1:1", ["worker"], "0.1.0"), CancellationToken.None);
            await store.ChangeStatusAsync(name, MemberStatus.Up, CancellationToken.None);
        }

        return await HoldAsync(journal, name, heldEvents);
    }

    /// <summary>Events processing under <paramref name="name"/>'s claim, as if that member had taken them and then gone silent.</summary>
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
