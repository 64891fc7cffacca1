using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class RoutingTests : ActorTestKit
{
    [Fact]
    public void Round_robin_selection_cycles_through_the_routees_in_order()
    {
        string[] routees = ["a", "b", "c"];

        var picks = Enumerable.Range(0, 7).Select(i => RoundRobinRoutingLogic.Select(i, routees));

        string.Concat(picks).ShouldBe("abcabca");
    }

    [Fact]
    public void Round_robin_selection_stays_in_range_when_the_counter_wraps()
    {
        int[] routees = [0, 1, 2];

        RoundRobinRoutingLogic.Select(long.MaxValue, routees).ShouldBeInRange(0, 2);
        RoundRobinRoutingLogic.Select(long.MinValue, routees).ShouldBeInRange(0, 2);
        Should.Throw<ArgumentException>(() => RoundRobinRoutingLogic.Select(0, Array.Empty<int>()));
    }

    [Fact]
    public async Task Exactly_n_routees_each_receive_exactly_k_of_n_times_k_messages()
    {
        const int n = 5;
        const int k = 4;
        var probe = CreateTestProbe();
        var pool = Sys.ActorOf(Props.Create<EchoActor>().WithRouter(new RoundRobinPool(n)));

        for (var i = 0; i < n * k; i++)
        {
            pool.Tell(i, probe);
        }

        var perRoutee = new Dictionary<IActorRef, int>();
        for (var i = 0; i < n * k; i++)
        {
            await probe.ExpectMsgAsync<int>();
            perRoutee[probe.LastSender!] = perRoutee.GetValueOrDefault(probe.LastSender!) + 1;
        }

        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
        perRoutee.Count.ShouldBe(n);
        perRoutee.Values.ShouldAllBe(count => count == k);
    }

    [Fact]
    public async Task A_crashing_routee_is_restarted_and_no_routee_is_lost()
    {
        const int n = 3;
        var probe = CreateTestProbe();
        var pool = Sys.ActorOf(CounterActor.PropsFor().WithRouter(new RoundRobinPool(n)));

        pool.Tell(new Crash(new TestFailure("routee broke")));
        for (var i = 0; i < n; i++)
        {
            pool.Tell("get", probe);
        }

        var answered = new HashSet<IActorRef>();
        for (var i = 0; i < n; i++)
        {
            await probe.ExpectMsgAsync<int>();
            answered.Add(probe.LastSender!);
        }

        answered.Count.ShouldBe(n);
        var routees = await pool.Ask<Routees>(GetRoutees.Instance, Timeouts.Ask);
        routees.Members.Count.ShouldBe(n);
        routees.Members.ShouldBe(answered, ignoreOrder: true);
    }

    [Fact]
    public async Task Broadcast_delivers_the_message_to_every_routee()
    {
        const int n = 4;
        var probe = CreateTestProbe();
        var pool = Sys.ActorOf(Props.Create<EchoActor>().WithRouter(new RoundRobinPool(n)));

        pool.Tell(new Broadcast("hello"), probe);

        var senders = new HashSet<IActorRef>();
        for (var i = 0; i < n; i++)
        {
            await probe.ExpectMsgAsync("hello");
            senders.Add(probe.LastSender!);
        }

        senders.Count.ShouldBe(n);
    }

    [Fact]
    public async Task A_router_whose_routees_all_stopped_stops_itself()
    {
        var probe = CreateTestProbe();
        var pool = Sys.ActorOf(Props.Create<EchoActor>().WithRouter(new RoundRobinPool(3)));
        probe.Watch(pool);

        pool.Tell(new Broadcast(PoisonPill.Instance));

        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == pool);
    }
}
