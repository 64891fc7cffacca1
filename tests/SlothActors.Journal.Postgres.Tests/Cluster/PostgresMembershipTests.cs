using SlothActors.Journal.Cluster;
using SlothActors.PostgresTesting;
using SlothActors.TestKit;
using static SlothActors.Journal.Postgres.Tests.Cluster.ClusterStoreFixture;

namespace SlothActors.Journal.Postgres.Tests.Cluster;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMembershipTests(PostgresServerFixture server) : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private IClusterStore _store = null!;

    public async Task InitializeAsync() => _store = await OpenAsync(server, GetType());

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Join_writes_a_joining_member_with_its_address_roles_and_version()
    {
        var name = UniqueName("join");

        var joined = await _store.JoinAsync(Member(name), CancellationToken.None);

        joined.Status.ShouldBe(MemberStatus.Joining);
        joined.Roles.ShouldBe(["worker", "api"]);
        joined.UpSince.ShouldBeNull();
        var listed = (await _store.ListAsync(Long, CancellationToken.None)).Find(name).ShouldNotBeNull();
        listed.Address.ShouldBe("http://127.0.0.1:8101");
        listed.Version.ShouldBe("0.1.0");
        listed.Reachable.ShouldBeTrue();
    }

    [Fact]
    public async Task Up_stamps_up_since_and_a_rejoin_after_down_starts_the_member_over()
    {
        var name = UniqueName("rejoin");
        await _store.JoinAsync(Member(name), CancellationToken.None);
        (await _store.ChangeStatusAsync(name, MemberStatus.Up, CancellationToken.None)).Changed.ShouldBeTrue();
        var up = (await _store.ListAsync(Long, CancellationToken.None)).Find(name)!;
        up.UpSince.ShouldNotBeNull();
        (await _store.ChangeStatusAsync(name, MemberStatus.Down, CancellationToken.None)).ShouldBe(new StatusChange(MemberStatus.Up, true));

        var rejoined = await _store.JoinAsync(Member(name) with { Address = "http://127.0.0.1:9999" }, CancellationToken.None);

        rejoined.Status.ShouldBe(MemberStatus.Joining);
        rejoined.UpSince.ShouldBeNull();
        rejoined.Address.ShouldBe("http://127.0.0.1:9999");
        rejoined.JoinedAt.ShouldBeGreaterThanOrEqualTo(up.JoinedAt);
    }

    [Fact]
    public async Task A_transition_the_rules_forbid_is_refused_and_an_unknown_member_is_not_found()
    {
        var name = UniqueName("rules");
        await _store.JoinAsync(Member(name), CancellationToken.None);
        await _store.ChangeStatusAsync(name, MemberStatus.Leaving, CancellationToken.None);
        await _store.ChangeStatusAsync(name, MemberStatus.Exiting, CancellationToken.None);
        (await _store.ChangeStatusAsync(name, MemberStatus.Removed, CancellationToken.None)).Changed.ShouldBeTrue();

        (await _store.ChangeStatusAsync(name, MemberStatus.Up, CancellationToken.None)).ShouldBe(new StatusChange(MemberStatus.Removed, false));
        (await _store.ChangeStatusAsync(name, MemberStatus.Down, CancellationToken.None)).Changed.ShouldBeFalse();
        (await _store.ChangeStatusAsync(UniqueName("ghost"), MemberStatus.Down, CancellationToken.None)).ShouldBe(StatusChange.NotFound);
    }

    [Fact]
    public async Task A_member_whose_heartbeat_stops_becomes_unreachable_and_reachable_again_when_it_beats()
    {
        var name = UniqueName("beat");
        var shortDelay = TimeSpan.FromMilliseconds(300);
        await _store.JoinAsync(Member(name), CancellationToken.None);
        (await _store.HeartbeatAsync(name, CancellationToken.None)).ShouldBe(MemberStatus.Joining);

        await Poll.ValueAsync(
            () => _store.ListAsync(shortDelay, CancellationToken.None),
            snapshot => !snapshot.Find(name)!.Reachable,
            "a silent member turns unreachable",
            within: TimeSpan.FromSeconds(15),
            interval: TimeSpan.FromMilliseconds(20));
        await _store.HeartbeatAsync(name, CancellationToken.None);

        (await _store.ListAsync(shortDelay, CancellationToken.None)).Find(name)!.Reachable.ShouldBeTrue();
    }

    [Fact]
    public async Task A_downed_member_that_still_beats_learns_it_is_down_and_does_not_look_alive()
    {
        var name = UniqueName("fenced");
        await _store.JoinAsync(Member(name), CancellationToken.None);
        await _store.ChangeStatusAsync(name, MemberStatus.Down, CancellationToken.None);
        var before = (await _store.ListAsync(Long, CancellationToken.None)).Find(name)!.HeartbeatAt;

        (await _store.HeartbeatAsync(name, CancellationToken.None)).ShouldBe(MemberStatus.Down);
        (await _store.HeartbeatAsync(UniqueName("gone"), CancellationToken.None)).ShouldBeNull();
        (await _store.ListAsync(Long, CancellationToken.None)).Find(name)!.HeartbeatAt.ShouldBe(before);
    }

    [Fact]
    public async Task The_address_can_be_set_once_the_server_listens()
    {
        var name = UniqueName("addr");
        await _store.JoinAsync(Member(name), CancellationToken.None);

        (await _store.SetAddressAsync(name, "http://127.0.0.1:41234", CancellationToken.None)).ShouldBeTrue();

        (await _store.ListAsync(Long, CancellationToken.None)).Find(name)!.Address.ShouldBe("http://127.0.0.1:41234");
        (await _store.SetAddressAsync(UniqueName("nobody"), "http://x", CancellationToken.None)).ShouldBeFalse();
    }
}
