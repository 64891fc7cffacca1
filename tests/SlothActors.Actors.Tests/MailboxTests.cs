using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class MailboxTests : ActorTestKit
{
    private const int Senders = 8;
    private const int MessagesPerSender = 10_000;

    [Fact]
    public async Task Messages_from_each_sender_arrive_in_send_order_under_8_concurrent_senders()
    {
        var probe = CreateTestProbe();
        var checker = Sys.ActorOf(Props.Create(() => new SequenceChecker(probe, Senders * MessagesPerSender)));
        using var start = new Barrier(Senders);
        var senders = Enumerable.Range(0, Senders).Select(s => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < MessagesPerSender; i++)
            {
                checker.Tell(new Sequenced(s, i));
            }
        })).ToArray();
        await Task.WhenAll(senders);

        var result = await probe.ExpectMsgAsync<SequenceResult>(timeout: TimeSpan.FromSeconds(10));

        result.OutOfOrder.ShouldBe(0);
        result.Received.ShouldBe(Senders * MessagesPerSender);
    }

    [Fact]
    public async Task A_stop_overtakes_user_messages_already_queued()
    {
        var probe = CreateTestProbe();
        using var gate = new ManualResetEventSlim();
        var actor = Sys.ActorOf(Props.Create(() => new GatedEcho(gate)));
        probe.Watch(actor);
        actor.Tell("block", probe);
        await probe.ExpectMsgAsync("blocked");

        actor.Tell("queued 1", probe);
        actor.Tell("queued 2", probe);
        Sys.Stop(actor);
        gate.Set();

        await probe.ExpectMsgAsync<Terminated>(t => t.ActorRef == actor);
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
        await AwaitConditionAsync(() => Sys.DeadLetterCount >= 2, what: "both queued messages dead-lettered");
    }

    [Fact]
    public async Task The_throughput_cap_makes_two_busy_actors_take_turns_on_one_thread()
    {
        var dispatcher = new ManualDispatcher();
        var system = ActorSystem.Create("turns", new ActorSystemOptions { MailboxThroughput = 3, Dispatcher = dispatcher });
        var log = new List<string>();
        var a = system.ActorOf(Props.Create(() => new LoggingActor(log, "A")));
        var b = system.ActorOf(Props.Create(() => new LoggingActor(log, "B")));
        dispatcher.RunUntilIdle();

        for (var i = 0; i < 6; i++)
        {
            a.Tell(i);
            b.Tell(i);
        }

        dispatcher.RunUntilIdle();

        string.Concat(log).ShouldBe("AAABBBAAABBB");
        var terminated = system.Terminate();
        dispatcher.RunUntilIdle();
        terminated.IsCompletedSuccessfully.ShouldBeTrue();
    }

    private sealed record Sequenced(int Sender, int Number);

    private sealed record SequenceResult(int Received, int OutOfOrder);

    private sealed class SequenceChecker(IActorRef report, int expected) : ActorBase
    {
        private readonly int[] _next = new int[Senders];
        private int _received;
        private int _outOfOrder;

        protected override void OnReceive(object message)
        {
            var m = (Sequenced)message;
            if (_next[m.Sender] != m.Number)
            {
                _outOfOrder++;
            }

            _next[m.Sender] = m.Number + 1;
            if (++_received == expected)
            {
                report.Tell(new SequenceResult(_received, _outOfOrder));
            }
        }
    }

    private sealed class GatedEcho(ManualResetEventSlim gate) : ActorBase
    {
        protected override void OnReceive(object message)
        {
            if (message is "block")
            {
                Sender.Tell("blocked");
                gate.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue();
                return;
            }

            Sender.Tell(message);
        }
    }

    private sealed class LoggingActor(List<string> log, string name) : ActorBase
    {
        protected override void OnReceive(object message) => log.Add(name);
    }
}
