using Npgsql;
using SlothActors.Journal.Cluster;
using SlothActors.PostgresTesting;
using static SlothActors.Journal.Contract.JournalFixtures;
using static SlothActors.Journal.Postgres.Tests.Cluster.ClusterStoreFixture;

namespace SlothActors.Journal.Postgres.Tests.Cluster;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNotificationTests(PostgresServerFixture server) : IAsyncLifetime
{
    private IEventJournal _journal = null!;
    private IClusterStore _store = null!;

    public async Task InitializeAsync()
    {
        _journal = await PostgresTestJournal.OpenEmptyAsync(server, GetType());
        _store = await OpenAsync(server, GetType());
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _journal.DisposeAsync();
    }

    [Fact]
    public async Task A_member_change_is_heard_on_the_members_channel_with_its_name()
    {
        await using var probe = new NoticeProbe(_store);
        await probe.Listening;
        var name = UniqueName("heard");

        await _store.JoinAsync(Member(name), CancellationToken.None);
        await probe.ExpectAsync(n => n.Channel == ClusterChannels.Members && n.Payload == name, "the join");
        await _store.ChangeStatusAsync(name, MemberStatus.Up, CancellationToken.None);
        await probe.ExpectAsync(n => n.Channel == ClusterChannels.Members && n.Payload == name, "the move to up");
    }

    [Fact]
    public async Task Events_appended_pending_and_events_released_are_heard_on_the_events_channel_with_their_count()
    {
        await using var probe = new NoticeProbe(_store);
        await probe.Listening;

        await _journal.AppendAsync([NewEvent(), NewEvent(), NewEvent()], null, CancellationToken.None);
        await probe.ExpectAsync(n => n.Channel == ClusterChannels.Events && n.Payload == "3", "three pending events appended");
        await _journal.ClaimPendingAsync("node-x", 2, T0, CancellationToken.None);
        (await _journal.ReleaseOwnerAsync("node-x", CancellationToken.None)).ShouldBe(2);
        await probe.ExpectAsync(n => n.Channel == ClusterChannels.Events && n.Payload == "2", "two events released");
    }

    [Fact]
    public async Task A_release_that_finds_nothing_sends_no_notice()
    {
        await using var probe = new NoticeProbe(_store);
        await probe.Listening;

        (await _journal.ReleaseOwnerAsync("nobody-holds-anything", CancellationToken.None)).ShouldBe(0);
        await _store.NotifyAsync(ClusterChannels.Events, "marker", CancellationToken.None);

        // Notices arrive in commit order, so the marker is the first events notice only if the release sent none.
        (await probe.ExpectAsync(n => n.Channel == ClusterChannels.Events, "the marker")).Payload.ShouldBe("marker");
    }

    [Fact]
    public async Task A_listener_whose_connection_is_killed_reconnects_and_says_so()
    {
        await using var probe = new NoticeProbe(_store);
        await probe.Listening;

        await using (var admin = new NpgsqlConnection(await server.DatabaseForAsync(GetType())))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sloth-listener' AND datname = current_database()",
                admin);
            await kill.ExecuteNonQueryAsync();
        }

        await probe.ExpectAsync(n => n.IsReconnect, "the listener reconnected");
        probe.Subscriptions.ShouldBe(2);
        await _store.NotifyAsync(ClusterChannels.Members, "after-reconnect", CancellationToken.None);
        await probe.ExpectAsync(n => n.Payload == "after-reconnect", "notices still arrive after the reconnect");
    }
}
