using Akka.Actor;
using Microsoft.Extensions.Logging;
using SlothActors.Journal.Maintenance;
using SlothActors.Node.Cluster;

namespace SlothActors.Node.Retention;

/// <summary>
/// Retention cleanup for the whole cluster, as a Cluster Singleton (<see cref="RetentionSetup"/>):
/// at start and then every <see cref="ClusterOptions.RetentionInterval"/>, it deletes the finished
/// events created more than <see cref="ClusterOptions.Retention"/> ago from the shared read model.
/// Akka keeps exactly one running among the <c>worker</c> members and starts it on the oldest
/// survivor when its node leaves or is downed, so no two nodes delete the same rows at once.
/// </summary>
/// <remarks>
/// A pass runs off the actor's thread and one at a time; a tick during a long pass is skipped.
/// The cutoff is taken from this node's clock: members' clocks are expected to agree to within
/// seconds, which is nothing against a retention of days.
/// </remarks>
internal sealed class RetentionActor : ReceiveActor, IWithTimers
{
    private readonly IEventMaintenance _maintenance;
    private readonly ClusterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stopping = new();
    private bool _running;

    public RetentionActor(IEventMaintenance maintenance, ClusterOptions options, TimeProvider time, ILogger log)
    {
        _maintenance = maintenance;
        _options = options;
        _time = time;
        _log = log;

        Receive<RunRetention>(_ => Run());
        Receive<RetentionPassed>(passed =>
        {
            _running = false;
            RetentionLog.Ran(_log, passed.Deleted, passed.Cutoff);
        });
        Receive<RetentionPassFailed>(failed =>
        {
            _running = false;
            RetentionLog.Failed(_log, _options.RetentionInterval, failed.Cause);
        });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        RetentionLog.Started(_log, _options.Retention, _options.RetentionInterval);
        Timers.StartPeriodicTimer(nameof(RunRetention), RunRetention.Instance, _options.RetentionInterval);
        Self.Tell(RunRetention.Instance);
    }

    // A pass still running when the singleton hands over is cancelled: the next holder starts one itself.
    protected override void PostStop()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void Run()
    {
        if (_running)
        {
            return;
        }

        _running = true;
        var cutoff = _time.GetUtcNow() - _options.Retention;
        _maintenance.CleanupAsync(cutoff, _stopping.Token).PipeTo(
            Self,
            success: deleted => new RetentionPassed(deleted, cutoff),
            failure: cause => new RetentionPassFailed(cause));
    }

    private sealed class RunRetention
    {
        public static readonly RunRetention Instance = new();
    }

    private sealed record RetentionPassed(int Deleted, DateTimeOffset Cutoff);

    private sealed record RetentionPassFailed(Exception Cause);
}
