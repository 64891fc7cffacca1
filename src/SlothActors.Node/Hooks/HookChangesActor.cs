using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;

namespace SlothActors.Node.Hooks;

/// <summary>
/// This node's end of <see cref="HookChangeTopic"/>: publishes the changes made through this node,
/// and reloads the hook registry when any node announces one. Reloads are coalesced: one runs at
/// a time, and announcements heard meanwhile cause one more.
/// </summary>
/// <remarks>
/// DistributedPubSub delivers at most once, and only to subscriptions the publishing node has
/// already heard of through the mediators' gossip (about a second), so this actor also reloads
/// without an announcement: once its subscription is acknowledged, again a few gossip rounds
/// after this node is up in the cluster (a change published before the other nodes knew this
/// node or its subscription: a node answers HTTP before its cluster lets it in), and
/// periodically (an announcement lost on the way); the announcing side also publishes each
/// change twice more, a few seconds apart. See <see cref="HookReloadTimings"/>. A failed
/// reload is retried, so a store that was briefly unreachable does not leave this node on old hooks.
/// </remarks>
internal sealed class HookChangesActor : ReceiveActor, IWithTimers
{
    private readonly IHookRegistryProvider _registry;
    private readonly HookReloadTimings _timings;
    private readonly ILogger _log;
    private readonly IActorRef _mediator;
    private bool _reloading;
    private bool _again;
    private string _reason = "";

    public HookChangesActor(IHookRegistryProvider registry, ILogger log, HookReloadTimings timings)
    {
        _registry = registry;
        _timings = timings;
        _log = log;
        _mediator = DistributedPubSub.Get(Context.System).Mediator;

        Receive<AnnounceHookChange>(change =>
        {
            Publish(change.HookName);

            // Again later, for members whose subscription the mediator here did not know yet.
            for (var i = 0; i < _timings.Republish.Count; i++)
            {
                Timers.StartSingleTimer($"republish-{i}-{change.HookName}", new Republish(change.HookName), _timings.Republish[i]);
            }
        });
        Receive<Republish>(again => Publish(again.HookName));
        Receive<SubscribeAck>(_ =>
        {
            _reason = "subscribed";
            Reload();
            Timers.StartPeriodicTimer("safety", ReloadNow.Instance, _timings.Safety);
        });
        Receive<SelfUp>(_ => Timers.StartSingleTimer("catch-up", ReloadNow.Instance, _timings.CatchUp));
        Receive<string>(name =>
        {
            _reason = $"{name} changed";
            Reload();
        });
        Receive<Reloaded>(_ => Settle());
        Receive<ReloadFailed>(failed =>
        {
            HookChangeLog.ReloadFailed(_log, _timings.Retry, failed.Cause);
            _again = true;
            _reloading = false;
            Timers.StartSingleTimer("retry", ReloadNow.Instance, _timings.Retry);
        });
        Receive<ReloadNow>(_ =>
        {
            _reason = "timer";
            Reload();
        });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        _mediator.Tell(new Subscribe(HookChangeTopic.Name, Self));
        var self = Self;
        Akka.Cluster.Cluster.Get(Context.System).RegisterOnMemberUp(() => self.Tell(SelfUp.Instance));
    }

    private void Publish(string hookName) => _mediator.Tell(new Publish(HookChangeTopic.Name, hookName));

    private void Reload()
    {
        if (_reloading)
        {
            _again = true;
            return;
        }

        _reloading = true;
        _again = false;
        _registry.RefreshAsync(CancellationToken.None).PipeTo(Self, success: () => Reloaded.Instance, failure: cause => new ReloadFailed(cause));
    }

    private void Settle()
    {
        HookChangeLog.Reloaded(_log, _reason, _registry.Current.ByName.Count);
        _reloading = false;
        if (_again)
        {
            Reload();
        }
    }

    private sealed class Reloaded
    {
        public static readonly Reloaded Instance = new();
    }

    private sealed record ReloadFailed(Exception Cause);

    private sealed record Republish(string HookName);

    private sealed class SelfUp
    {
        public static readonly SelfUp Instance = new();
    }

    private sealed class ReloadNow
    {
        public static readonly ReloadNow Instance = new();
    }
}
