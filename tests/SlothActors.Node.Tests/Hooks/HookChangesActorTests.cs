using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Engine.Hooks;
using SlothActors.Engine.Hosting;
using SlothActors.Events.Hooks;
using SlothActors.Node.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Hooks;

/// <summary>The node's end of the hook-change topic, on a cluster of one.</summary>
public sealed class HookChangesActorTests : Akka.TestKit.Xunit2.TestKit
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    // Only announcements and retries reload here: the catch-up and safety reloads are far away.
    private static readonly HookReloadTimings Timings = new(CatchUp: TimeSpan.FromMinutes(5), Safety: TimeSpan.FromMinutes(5), Retry: TimeSpan.FromMilliseconds(100), Republish: []);

    public HookChangesActorTests()
        : base(SingleNodeCluster.Config) => SingleNodeCluster.Join(Sys);

    [Fact]
    public async Task It_reloads_once_subscribed_and_again_for_every_change_announced_on_the_topic()
    {
        var registry = new CountingRegistry();
        var actor = Sys.ActorOf(Props.Create(() => new HookChangesActor(registry, NullLogger.Instance, Timings)));
        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 1), Deadline);

        DistributedPubSub.Get(Sys).Mediator.Tell(new Publish(HookChangeTopic.Name, "from-another-node"));
        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 2), Deadline);

        // What this node announces goes out on the topic, so it comes back here too.
        actor.Tell(new AnnounceHookChange("from-this-node"));
        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 3), Deadline);
    }

    [Fact]
    public async Task Once_this_node_is_up_it_reloads_again_after_the_catch_up_delay_for_changes_announced_before_the_others_knew_it()
    {
        var registry = new CountingRegistry();
        var catchUpSoon = Timings with { CatchUp = TimeSpan.FromMilliseconds(200) };
        Sys.ActorOf(Props.Create(() => new HookChangesActor(registry, NullLogger.Instance, catchUpSoon)));

        // One reload for the subscription, one for the catch-up: no announcement was heard.
        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 2), Deadline);
        await Poll.NeverWithinAsync(() => registry.Attempts > 2, "a third reload with nothing announced", TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task An_announcement_is_published_again_after_each_republish_delay()
    {
        var registry = new CountingRegistry();
        var republishing = Timings with { Republish = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)] };
        var actor = Sys.ActorOf(Props.Create(() => new HookChangesActor(registry, NullLogger.Instance, republishing)));
        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 1), Deadline);
        var probe = CreateTestProbe();
        var mediator = DistributedPubSub.Get(Sys).Mediator;
        mediator.Tell(new Subscribe(HookChangeTopic.Name, probe.Ref), probe.Ref);
        probe.ExpectMsg<SubscribeAck>();

        actor.Tell(new AnnounceHookChange("late-subscribers"));

        probe.ExpectMsg("late-subscribers");
        probe.ExpectMsg("late-subscribers");
        probe.ExpectMsg("late-subscribers");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task A_failed_reload_is_tried_again_without_a_new_announcement()
    {
        var registry = new CountingRegistry { FailuresLeft = 2 };
        Sys.ActorOf(Props.Create(() => new HookChangesActor(registry, NullLogger.Instance, Timings)));

        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 1), Deadline);
        registry.Attempts.ShouldBe(3);
    }

    [Fact]
    public async Task Announcements_heard_during_a_reload_cause_one_more_reload_not_one_each()
    {
        var registry = new CountingRegistry();
        Sys.ActorOf(Props.Create(() => new HookChangesActor(registry, NullLogger.Instance, Timings)));
        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 1), Deadline);

        registry.Hold();
        var mediator = DistributedPubSub.Get(Sys).Mediator;
        mediator.Tell(new Publish(HookChangeTopic.Name, "first"));
        await AwaitConditionAsync(() => Task.FromResult(registry.Attempts == 2), Deadline);
        for (var i = 0; i < 5; i++)
        {
            mediator.Tell(new Publish(HookChangeTopic.Name, $"meanwhile-{i}"));
        }

        // The five land in the actor's mailbox while the held reload runs; the probe's message after them proves they were handled.
        var probe = CreateTestProbe();
        mediator.Tell(new Subscribe(HookChangeTopic.Name, probe.Ref), probe.Ref);
        probe.ExpectMsg<SubscribeAck>();
        mediator.Tell(new Publish(HookChangeTopic.Name, "marker"));
        probe.ExpectMsg("marker");
        registry.Release();

        await AwaitConditionAsync(() => Task.FromResult(registry.Reloads == 3), Deadline);
        await Poll.NeverWithinAsync(() => registry.Attempts > 3, "a reload for each announcement heard during the held one", TimeSpan.FromMilliseconds(500));
    }

    private sealed class CountingRegistry : IHookRegistryProvider
    {
        private TaskCompletionSource? _held;
        private int _reloads;
        private int _attempts;

        public int FailuresLeft { get; set; }

        public int Reloads => Volatile.Read(ref _reloads);

        public int Attempts => Volatile.Read(ref _attempts);

        public HookRegistry Current { get; } = HookRegistry.Empty;

        public void Hold() => _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _held?.TrySetResult();

        public async Task RefreshAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (_held is { } held)
            {
                await held.Task;
                _held = null;
            }

            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("the store is away");
            }

            Interlocked.Increment(ref _reloads);
        }
    }
}
