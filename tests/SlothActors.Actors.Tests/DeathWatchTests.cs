using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class DeathWatchTests : ActorTestKit
{
    [Fact]
    public async Task A_watcher_gets_Terminated_exactly_once_even_when_it_watched_twice()
    {
        var probe = CreateTestProbe();
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        probe.Watch(subject);
        probe.Watch(subject);

        Sys.Stop(subject);

        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == subject);
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
    }

    [Fact]
    public async Task Watching_an_actor_that_already_stopped_delivers_Terminated_exactly_once()
    {
        var first = CreateTestProbe();
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        first.Watch(subject);
        Sys.Stop(subject);
        await first.ExpectMsgAsync<Terminated>(t => t.ActorRef == subject);

        var late = CreateTestProbe();
        late.Watch(subject);

        await late.ExpectMsgAsync<Terminated>(t => t.ActorRef == subject);
        await late.ExpectNoMsgAsync(Timeouts.Quiet);
    }

    [Fact]
    public async Task An_unwatched_actor_stops_without_telling_its_former_watcher()
    {
        var probe = CreateTestProbe();
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        probe.Watch(subject);
        probe.Unwatch(subject);
        subject.Tell("sync", probe);
        await probe.ExpectMsgAsync("sync");

        Sys.Stop(subject);

        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
    }

    [Fact]
    public async Task Every_watcher_of_an_actor_is_told_when_it_stops()
    {
        var probes = Enumerable.Range(0, 3).Select(_ => CreateTestProbe()).ToArray();
        var subject = Sys.ActorOf(Props.Create<EchoActor>());
        foreach (var probe in probes)
        {
            probe.Watch(subject);
        }

        subject.Tell(PoisonPill.Instance);

        foreach (var probe in probes)
        {
            await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == subject);
        }
    }
}
