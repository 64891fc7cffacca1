using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class SupervisionTests : ActorTestKit
{
    private readonly ManualTimeProvider _clock;

    public SupervisionTests()
        : this(new ManualTimeProvider())
    {
    }

    private SupervisionTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock }) => _clock = clock;

    [Fact]
    public async Task A_restarted_actor_keeps_serving_with_fresh_state()
    {
        var probe = CreateTestProbe();
        var counter = Sys.ActorOf(CounterActor.PropsFor());
        counter.Tell("inc");
        counter.Tell("inc");
        counter.Tell(new Crash(new TestFailure("boom")));
        counter.Tell("get", probe);

        (await probe.ExpectMsgAsync<int>()).ShouldBe(0);
        probe.LastSender.ShouldBe(counter);
    }

    [Fact]
    public async Task Restart_calls_PreRestart_PostStop_PostRestart_PreStart_in_order_and_PostStop_at_the_end()
    {
        var observer = CreateTestProbe();
        var counter = Sys.ActorOf(CounterActor.PropsFor(observer));
        await observer.ExpectMsgAsync("PreStart 1");

        counter.Tell(new Crash(new TestFailure("boom")));
        await observer.ExpectMsgAsync("PreRestart 1 Crash");
        await observer.ExpectMsgAsync("PostStop 1");
        await observer.ExpectMsgAsync("PostRestart 2");
        await observer.ExpectMsgAsync("PreStart 2");

        Sys.Stop(counter);
        await observer.ExpectMsgAsync("PostStop 2");
    }

    [Fact]
    public async Task Resume_keeps_the_state_and_skips_the_failing_message()
    {
        var probe = CreateTestProbe();
        var counter = await SpawnSupervisedAsync(CounterActor.PropsFor(probe), new OneForOneStrategy(_ => Directive.Resume));
        await probe.ExpectMsgAsync("PreStart 1");
        counter.Tell("inc");
        counter.Tell(new Crash(new TestFailure("boom")));
        counter.Tell("inc");
        counter.Tell("get", probe);

        (await probe.ExpectMsgAsync<int>()).ShouldBe(2);
    }

    [Fact]
    public async Task A_child_is_stopped_once_its_restart_budget_within_the_window_is_spent()
    {
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        var counter = await SpawnSupervisedAsync(CounterActor.PropsFor(probe), strategy);
        probe.Watch(counter);
        await probe.ExpectMsgAsync("PreStart 1");

        for (var restart = 2; restart <= 3; restart++)
        {
            counter.Tell(new Crash(new TestFailure("boom")));
            await probe.FishForMessageAsync<string>(m => m == $"PreStart {restart}");
        }

        counter.Tell(new Crash(new TestFailure("third within the window")));
        await probe.FishForMessageAsync<Terminated>(t => t.ActorRef == counter);
    }

    [Fact]
    public async Task The_restart_budget_starts_over_when_the_window_has_passed()
    {
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(1, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        var counter = await SpawnSupervisedAsync(CounterActor.PropsFor(probe), strategy);
        await probe.ExpectMsgAsync("PreStart 1");

        counter.Tell(new Crash(new TestFailure("first window")));
        await probe.FishForMessageAsync<string>(m => m == "PreStart 2");
        _clock.Advance(TimeSpan.FromMinutes(2));
        counter.Tell(new Crash(new TestFailure("second window")));
        await probe.FishForMessageAsync<string>(m => m == "PreStart 3");

        counter.Tell("get", probe);
        (await probe.ExpectMsgAsync<int>()).ShouldBe(0);
    }

    [Fact]
    public async Task Escalate_hands_the_failure_to_the_grandparent()
    {
        var probe = CreateTestProbe();
        var grandparentStrategy = new OneForOneStrategy(cause =>
        {
            probe.Tell($"grandparent decides on {cause.Message}");
            return Directive.Stop;
        });
        var grandparent = Sys.ActorOf(Props.Create(() => new ParentActor()).WithSupervisorStrategy(grandparentStrategy));
        var parentProps = Props.Create(() => new ParentActor()).WithSupervisorStrategy(new OneForOneStrategy(_ => Directive.Escalate));
        var parent = await grandparent.Ask<IActorRef>(parentProps, Timeouts.Ask);
        var child = await parent.Ask<IActorRef>(CounterActor.PropsFor(), Timeouts.Ask);
        probe.Watch(parent);

        child.Tell(new Crash(new TestFailure("child broke")));

        await probe.ExpectMsgAsync("grandparent decides on child broke");
        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == parent);
    }

    [Fact]
    public async Task An_actor_whose_constructor_throws_is_stopped_by_the_default_strategy()
    {
        var probe = CreateTestProbe();
        var broken = Sys.ActorOf(Props.Create<CounterActor>(() => throw new TestFailure("cannot start")));
        probe.Watch(broken);

        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == broken);
    }

    private async Task<IActorRef> SpawnSupervisedAsync(Props child, SupervisorStrategy strategy)
    {
        var parent = Sys.ActorOf(Props.Create(() => new ParentActor()).WithSupervisorStrategy(strategy));
        return await parent.Ask<IActorRef>(child, Timeouts.Ask);
    }
}
