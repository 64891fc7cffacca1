using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;
using SlothActors.Journal;
using SlothActors.Journal.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>
/// This node as a member of a PostgreSQL cluster. Host start: join (before the engine starts
/// and releases this node's own leftovers), then up once the engine runs and the server listens;
/// from then on a heartbeat loop (fencing, membership view, leader lease and auto-down) and a
/// listener. Host stop: leaving, the engine drains, then exiting and removed. One partial file per concern.
/// </summary>
internal sealed partial class ClusterNode : IClusterMembership, IHostedLifecycleService
{
    private readonly IClusterStore _store;
    private readonly IEventJournal _journal;
    private readonly EngineHost _engine;
    private readonly NodeOptions _options;
    private readonly ClusterOptions _timing;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IServer _server;
    private readonly LeavingGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stopping = new();
    private Task _heartbeats = Task.CompletedTask;
    private Task _listener = Task.CompletedTask;
    private Task _caughtUp = Task.CompletedTask;
    private int _listenedOnce;
    private int _selfStatus = (int)MemberStatus.Joining;
    private string? _fencedReason;
    private bool _started;

    public ClusterNode(
        IClusterStore store, IEventJournal journal, EngineHost engine, NodeOptions options,
        IHostApplicationLifetime lifetime, IServer server, LeavingGate gate, TimeProvider time, ILoggerFactory loggers)
    {
        _store = store;
        _journal = journal;
        _engine = engine;
        _options = options;
        _timing = options.Cluster;
        _lifetime = lifetime;
        _server = server;
        _gate = gate;
        _time = time;
        _log = loggers.CreateLogger("SlothActors.Cluster");
    }

    public string Storage => StorageKinds.Postgres;

    public string Self => _options.NodeName;

    public MemberStatus SelfStatus => (MemberStatus)Volatile.Read(ref _selfStatus);

    public MemberChangeHub Changes { get; } = new();

    /// <summary>Why the cluster took this node out while it ran; null unless it was fenced.</summary>
    public string? FencedReason => Volatile.Read(ref _fencedReason);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var address = NodeAddress.Resolve(_options.AdvertiseAddress, _options.Bind, _options.Port);
        await _store.JoinAsync(new MemberRegistration(Self, address, _options.Roles, NodeVersion.Current), cancellationToken).ConfigureAwait(false);
        ClusterLog.Joined(_log, Self, address);
        StartJoiningBeats();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await StopJoiningBeatsAsync().ConfigureAwait(false);

        // Only now does the server know its port (0 in the settings picks a free one).
        var address = NodeAddress.Resolve(_options.AdvertiseAddress, _options.Bind, ListeningPort());
        await _store.SetAddressAsync(Self, address, cancellationToken).ConfigureAwait(false);
        await _store.ChangeStatusAsync(Self, MemberStatus.Up, cancellationToken).ConfigureAwait(false);
        SetSelfStatus(MemberStatus.Up);
        _started = true;
        ClusterLog.Up(_log, Self, address);
        _listener = _store.ListenAsync(new ClusterListenHandlers(OnNoticeAsync, OnListening, OnListenerLost), _stopping.Token);
        _heartbeats = BeatAsync(_stopping.Token);
    }

    /// <summary>Every stop of the host is a graceful leave, unless the cluster already took this node out.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _gate.Leave();
        if (!_started || FencedReason is not null)
        {
            return;
        }

        await TryAsync(() => _store.ChangeStatusAsync(Self, MemberStatus.Leaving, cancellationToken), "mark this node leaving").ConfigureAwait(false);
        SetSelfStatus(MemberStatus.Leaving);
        ClusterLog.Leaving(_log, Self);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The engine has drained (or released) its in-flight events: hand back anything left, then go.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_joiningBeats, _heartbeats, _listener, _caughtUp).ConfigureAwait(false);
        if (!_started || FencedReason is not null)
        {
            return;
        }

        var released = await TryAsync(() => _journal.ReleaseOwnerAsync(Self, cancellationToken), "release this node's events").ConfigureAwait(false);
        await TryAsync(() => _store.ChangeStatusAsync(Self, MemberStatus.Exiting, cancellationToken), "mark this node exiting").ConfigureAwait(false);
        await TryAsync(() => _store.ChangeStatusAsync(Self, MemberStatus.Removed, cancellationToken), "mark this node removed").ConfigureAwait(false);
        await TryAsync(() => StepDownAsync(cancellationToken), "give up the leader lease").ConfigureAwait(false);
        SetSelfStatus(MemberStatus.Removed);
        ClusterLog.Removed(_log, Self, released);
    }

    private void SetSelfStatus(MemberStatus status) => Volatile.Write(ref _selfStatus, (int)status);

    private int ListeningPort()
    {
        var addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri.Port : -1).FirstOrDefault(p => p > 0, _options.Port);
    }

    // Shutdown steps go on when one fails: the next start (or a down) repairs what is left.
    private async Task<T?> TryAsync<T>(Func<Task<T>> step, string what)
    {
        try
        {
            return await step().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ClusterLog.StepFailed(_log, what, ex);
            return default;
        }
    }

    private Task<bool> TryAsync(Func<Task> step, string what) => TryAsync(async () =>
    {
        await step().ConfigureAwait(false);
        return true;
    }, what);
}
