using SlothActors.Journal.Cluster;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;
using static SlothActors.Journal.Postgres.Tests.Cluster.ClusterStoreFixture;

namespace SlothActors.Journal.Postgres.Tests.Cluster;

/// <summary>Two contenders, each with its own store and connection pool, as two nodes would have.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLeaderLeaseTests(PostgresServerFixture server) : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private IClusterStore _a = null!;
    private IClusterStore _b = null!;

    public async Task InitializeAsync()
    {
        _a = await OpenAsync(server, GetType());
        _b = await OpenAsync(server, GetType());
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task Of_many_simultaneous_contenders_exactly_one_gets_the_lease()
    {
        var lease = UniqueName("race");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? _a : _b).TryAcquireAsync(lease, $"node-{i}", Long, CancellationToken.None))));

        results.Count(won => won).ShouldBe(1);
    }

    [Fact]
    public async Task The_holder_renews_while_the_other_is_refused()
    {
        var lease = UniqueName("renew");
        (await _a.TryAcquireAsync(lease, "node-a", Long, CancellationToken.None)).ShouldBeTrue();

        (await _b.TryAcquireAsync(lease, "node-b", Long, CancellationToken.None)).ShouldBeFalse();
        (await _a.TryAcquireAsync(lease, "node-a", Long, CancellationToken.None)).ShouldBeTrue();
        (await _b.TryAcquireAsync(lease, "node-b", Long, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_the_old_holder_cannot_renew_it()
    {
        var lease = UniqueName("expiry");
        (await _a.TryAcquireAsync(lease, "node-a", TimeSpan.FromMilliseconds(300), CancellationToken.None)).ShouldBeTrue();
        (await _b.TryAcquireAsync(lease, "node-b", Long, CancellationToken.None)).ShouldBeFalse();

        await Poll.ValueAsync(
            () => _b.TryAcquireAsync(lease, "node-b", Long, CancellationToken.None),
            won => won,
            "node-b takes the lease once node-a's expired",
            within: TimeSpan.FromSeconds(15),
            interval: TimeSpan.FromMilliseconds(20));

        (await _a.TryAcquireAsync(lease, "node-a", Long, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_released_lease_is_free_at_once_and_only_its_holder_can_release_it()
    {
        var lease = UniqueName("release");
        await _a.TryAcquireAsync(lease, "node-a", Long, CancellationToken.None);
        await _b.ReleaseAsync(lease, "node-b", CancellationToken.None);
        (await _b.TryAcquireAsync(lease, "node-b", Long, CancellationToken.None)).ShouldBeFalse();

        await _a.ReleaseAsync(lease, "node-a", CancellationToken.None);

        (await _b.TryAcquireAsync(lease, "node-b", Long, CancellationToken.None)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_membership_list_names_the_holder_of_the_leader_lease_while_it_is_valid()
    {
        await _a.ReleaseAsync(ILeaderLease.Leader, "node-a", CancellationToken.None);
        (await _a.TryAcquireAsync(ILeaderLease.Leader, "node-a", Long, CancellationToken.None)).ShouldBeTrue();

        (await _b.ListAsync(Long, CancellationToken.None)).Leader.ShouldBe("node-a");

        await _a.ReleaseAsync(ILeaderLease.Leader, "node-a", CancellationToken.None);
        (await _b.ListAsync(Long, CancellationToken.None)).Leader.ShouldBeNull();
    }
}
