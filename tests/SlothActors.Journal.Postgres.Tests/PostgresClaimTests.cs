using SlothActors.PostgresTesting;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Postgres.Tests;

/// <summary>Claims from separate journals, each with its own connection pool: four nodes on one database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClaimTests(PostgresServerFixture server) : IAsyncLifetime
{
    private const int Nodes = 4;
    private readonly List<IEventJournal> _nodes = [];

    public async Task InitializeAsync()
    {
        _nodes.Add(await PostgresTestJournal.OpenEmptyAsync(server, GetType()));
        var connectionString = await server.DatabaseForAsync(GetType());
        for (var i = 1; i < Nodes; i++)
        {
            _nodes.Add(await PostgresJournal.OpenAsync(PostgresTestJournal.Options(connectionString), CancellationToken.None));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }

    [Fact]
    public async Task Four_nodes_claiming_with_skip_locked_never_get_the_same_event_and_miss_none()
    {
        var events = Enumerable.Range(0, 2_000).Select(_ => NewEvent()).ToList();
        await _nodes[0].AppendAsync(events, null, CancellationToken.None);

        var claims = await Task.WhenAll(_nodes.Select((node, n) => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (true)
            {
                var batch = await node.ClaimPendingAsync($"node-{n}", 25, T0, CancellationToken.None);
                if (batch.Count == 0)
                {
                    return mine;
                }

                batch.ShouldAllBe(e => e.Attempts == 1);
                mine.AddRange(batch.Select(e => e.Id));
            }
        })));

        var all = claims.SelectMany(c => c).ToList();
        all.Count.ShouldBe(events.Count);
        all.ToHashSet().SetEquals(events.Select(e => e.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Four_nodes_claiming_the_same_ids_by_id_get_each_event_once()
    {
        var events = Enumerable.Range(0, 400).Select(_ => NewEvent()).ToList();
        await _nodes[0].AppendAsync(events, null, CancellationToken.None);
        var ids = events.Select(e => e.Id).ToList();

        var claims = await Task.WhenAll(_nodes.Select((node, n) =>
            Task.Run(() => node.ClaimAsync($"node-{n}", ids, CancellationToken.None))));

        var all = claims.SelectMany(c => c).ToList();
        all.Count.ShouldBe(ids.Count);
        all.Distinct().Count().ShouldBe(ids.Count);
    }

    [Fact]
    public async Task A_downed_nodes_events_go_back_to_pending_for_the_others()
    {
        await _nodes[0].AppendAsync(Enumerable.Range(0, 10).Select(_ => NewEvent()).ToList(), null, CancellationToken.None);
        var taken = await _nodes[1].ClaimPendingAsync("node-1", 10, T0, CancellationToken.None);

        (await _nodes[2].ReleaseOwnerAsync("node-1", CancellationToken.None)).ShouldBe(10);

        var reclaimed = await _nodes[3].ClaimPendingAsync("node-3", 10, T0, CancellationToken.None);
        reclaimed.Select(e => e.Id).ShouldBe(taken.Select(e => e.Id));
        reclaimed.ShouldAllBe(e => e.Attempts == 2);
    }
}
