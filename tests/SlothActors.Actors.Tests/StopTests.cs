using System.Collections.Concurrent;
using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class StopTests : ActorTestKit
{
    [Fact]
    public async Task PoisonPill_lets_the_messages_queued_before_it_finish_first()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        probe.Watch(echo);
        for (var i = 0; i < 100; i++)
        {
            echo.Tell(i, probe);
        }

        echo.Tell(PoisonPill.Instance);
        echo.Tell(-1, probe);

        for (var i = 0; i < 100; i++)
        {
            await probe.ExpectMsgAsync(i);
        }

        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == echo);
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
    }

    [Fact]
    public async Task Children_stop_before_the_parents_PostStop_and_watchers_are_told_after_it()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new ParentActor(path => probe.Tell("parent stopped " + path))));
        var child = await parent.Ask<IActorRef>(CounterActor.PropsFor(probe), Timeouts.Ask);
        await probe.ExpectMsgAsync("PreStart 1");
        probe.Watch(parent);

        parent.Tell(PoisonPill.Instance);

        await probe.ExpectMsgAsync("PostStop 1");
        await probe.ExpectMsgAsync("parent stopped " + parent.Path);
        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == parent);
        child.Path.ShouldStartWith(parent.Path + "/");
    }

    [Fact]
    public async Task Context_Stop_of_a_child_reaches_the_childs_watchers()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new StoppingParent()));
        var child = await parent.Ask<IActorRef>("spawn", Timeouts.Ask);
        probe.Watch(child);

        parent.Tell("stop child");

        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == child);
        (await parent.Ask<int>("count", Timeouts.Ask)).ShouldBe(0);
    }

    [Fact]
    public async Task Messages_to_a_stopped_actor_are_counted_as_dead_letters_and_never_thrown()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        probe.Watch(echo);
        Sys.Stop(echo);
        await probe.ExpectMsgAsync<Terminated>();
        var before = Sys.DeadLetterCount;

        for (var i = 0; i < 3; i++)
        {
            echo.Tell(i, probe);
        }

        Sys.DeadLetterCount.ShouldBe(before + 3);
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
    }

    [Fact]
    public async Task Terminate_stops_every_actor_children_before_parents()
    {
        var log = new ConcurrentQueue<string>();
        var parent = Sys.ActorOf(Props.Create(() => new ParentActor(log.Enqueue)), "parent");
        var child = await parent.Ask<IActorRef>(Props.Create(() => new StopLoggingActor(log)), Timeouts.Ask);

        await Sys.Terminate().WaitAsync(Timeouts.Ask);

        log.ToArray().ShouldBe([child.Path, parent.Path]);
        Sys.LiveActorCount.ShouldBe(0);
        Should.Throw<InvalidOperationException>(() => Sys.ActorOf(Props.Create<EchoActor>()));
    }

    private sealed class StoppingParent : ActorBase
    {
        private IActorRef? _child;

        protected override void OnReceive(object message)
        {
            switch (message)
            {
                case "spawn":
                    _child = Context.ActorOf(Props.Create<EchoActor>(), "child");
                    Sender.Tell(_child);
                    break;
                case "stop child":
                    Context.Stop(_child!);
                    break;
                case "count":
                    Sender.Tell(Context.Children.Count);
                    break;
                default:
                    Unhandled(message);
                    break;
            }
        }
    }
}
