using SlothActors.Actors;

namespace SlothActors.Actors.Tests;

public sealed class UserMessageQueueTests
{
    [Fact]
    public void Messages_come_out_in_the_order_they_went_in_with_their_senders()
    {
        var queue = new UserMessageQueue();
        var sender = new FakeSender();
        queue.IsEmpty.ShouldBeTrue();

        queue.Enqueue("a", sender);
        queue.Enqueue("b", null);

        queue.IsEmpty.ShouldBeFalse();
        queue.TryDequeue(out var first).ShouldBeTrue();
        first.Message.ShouldBe("a");
        first.Sender.ShouldBeSameAs(sender);
        queue.TryDequeue(out var second).ShouldBeTrue();
        second.Message.ShouldBe("b");
        second.Sender.ShouldBeNull();
        queue.TryDequeue(out _).ShouldBeFalse();
        queue.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public async Task Concurrent_producers_lose_nothing_and_each_keeps_its_own_order()
    {
        const int producers = 4;
        const int perProducer = 50_000;
        var queue = new UserMessageQueue();
        var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, producers).Select(p => Task.Run(() =>
        {
            start.Wait();
            for (var i = 0; i < perProducer; i++)
            {
                queue.Enqueue((p, i), null);
            }
        })).ToArray();

        start.Set();
        var next = new int[producers];
        var received = 0;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (received < producers * perProducer && DateTime.UtcNow < deadline)
        {
            if (queue.TryDequeue(out var envelope))
            {
                var (p, i) = ((int, int))envelope.Message;
                i.ShouldBe(next[p]);
                next[p]++;
                received++;
            }
        }

        await Task.WhenAll(tasks);
        received.ShouldBe(producers * perProducer);
        queue.IsEmpty.ShouldBeTrue();
    }

    private sealed class FakeSender : IActorRef
    {
        public string Path => "test://sender";

        public void Tell(object message, IActorRef? sender = null)
        {
        }
    }
}
