using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Events;
using SlothActors.Journal;
using SlothActors.Node.Cluster;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

/// <summary>Retention cleanup is a Cluster Singleton: one holder among the members, handed on when it leaves.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RetentionSingletonTests(PostgresServerFixture server)
{
    private const string SingletonPath = "/user/retention/retention";

    // Handing over waits for the old holder to be removed: after a clean leave that is quick, but
    // on a loaded machine the leave may not finish and node-a is then downed as unreachable (after
    // failure detection and stable-after), hence the short stable-after and the longer wait.
    private static readonly TimeSpan TakeOver = TimeSpan.FromSeconds(60);

    private static readonly ClusterOptions Timings = FastTimings with
    {
        Retention = TimeSpan.FromDays(7),
        RetentionInterval = TimeSpan.FromMilliseconds(300),
        StableAfter = TimeSpan.FromSeconds(2),
    };

    [Fact]
    public async Task One_member_runs_retention_it_deletes_only_old_finished_events_and_a_survivor_takes_over_when_that_member_leaves()
    {
        var db = await server.Server.CreateDatabaseAsync();
        var a = await StartAsync(db, "node-a", Timings);
        await using var b = await StartAsync(db, "node-b", Timings, seed: a);
        try
        {
            await EventuallyAsync(() => Task.FromResult(Remoting.AkkaOf.UpCount(b.App)), up => up == 2, "node-b up in node-a's cluster");
            await EventuallyAsync(() => HostsRetentionAsync(a), hosts => hosts, "node-a, the oldest member, runs retention");
            (await HostsRetentionAsync(b)).ShouldBeFalse("a second holder while node-a has it");

            var journal = a.Runtime.Journal;
            var old = await AppendAsync(journal, EventStatus.Completed, TimeSpan.FromDays(30));
            var oldButProcessing = await AppendAsync(journal, EventStatus.Processing, TimeSpan.FromDays(30));
            var recent = await AppendAsync(journal, EventStatus.Completed, TimeSpan.FromDays(1));
            await EventuallyAsync(async () => await journal.GetEventAsync(old, CancellationToken.None), evt => evt is null, "the old completed event deleted");
            (await journal.GetEventAsync(oldButProcessing, CancellationToken.None)).ShouldNotBeNull("an unfinished event is never deleted, however old");
            (await journal.GetEventAsync(recent, CancellationToken.None)).ShouldNotBeNull("an event younger than the retention");

            await a.DisposeAsync();
            await Poll.ValueAsync(() => HostsRetentionAsync(b), hosts => hosts, "node-b took retention over", TakeOver, TimeSpan.FromMilliseconds(100));
            var later = await AppendAsync(b.Runtime.Journal, EventStatus.Failed, TimeSpan.FromDays(10));
            await EventuallyAsync(async () => await b.Runtime.Journal.GetEventAsync(later, CancellationToken.None), evt => evt is null, "the new holder deleting an old failed event");
        }
        finally
        {
            await a.DisposeAsync();
        }
    }

    private static async Task<bool> HostsRetentionAsync(ClusterTestNode node)
    {
        var system = Remoting.AkkaOf.System(node.App);
        try
        {
            await system.ActorSelection(SingletonPath).ResolveOne(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ActorNotFoundException)
        {
            return false;
        }
    }

    private static async Task<string> AppendAsync(IEventJournal journal, EventStatus status, TimeSpan age)
    {
        var at = DateTimeOffset.UtcNow - age;
        var evt = new Event { Id = EventIds.New(), Type = "retention.probe", Timestamp = at, CreatedAt = at, Status = status };

        // Held by a member that is gone: no node of the test claims or completes it.
        await journal.AppendAsync([evt], status == EventStatus.Processing ? "node-gone" : null, CancellationToken.None);
        return evt.Id;
    }
}
