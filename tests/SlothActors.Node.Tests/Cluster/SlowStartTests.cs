using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Journal.Cluster;
using SlothActors.PostgresTesting;
using static SlothActors.Node.Tests.Cluster.ClusterTestNode;

namespace SlothActors.Node.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class SlowStartTests(PostgresServerFixture server)
{
    [Fact]
    public async Task A_member_that_is_slow_to_start_keeps_its_heartbeat_and_is_not_auto_downed_while_joining()
    {
        var db = await server.Server.CreateDatabaseAsync();
        await using var leader = await StartAsync(db, "node-a", FastTimings with { AutoDownAfter = TimeSpan.FromMilliseconds(300) });
        var gate = new StartGate();
        var slow = StartAsync(db, "node-b", seed: leader, configure: builder => builder.Services.AddSingleton<IHostedService>(gate));

        // Silent members are unreachable after 0.6 s and auto-downed 0.3 s later: 1.5 s of joining outlasts both.
        var joining = await TableMemberAsync(
            leader,
            "node-b",
            m => m.Status == MemberStatus.Joining && m.HeartbeatAt - m.JoinedAt > TimeSpan.FromSeconds(1.5),
            "node-b heartbeats while it is still joining");
        joining!.Reachable.ShouldBeTrue();

        gate.Open();
        await using var b = await slow;
        await TableMemberAsync(leader, "node-b", m => m.Status == MemberStatus.Up, "node-b up once its start finished");
        b.Member.FencedReason.ShouldBeNull();
    }

    /// <summary>Holds the host's start (after the cluster member joined, before it goes up) until opened.</summary>
    private sealed class StartGate : IHostedService
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public Task StartAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
