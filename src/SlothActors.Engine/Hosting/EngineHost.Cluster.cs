using SlothActors.Engine.Dispatching;

namespace SlothActors.Engine.Hosting;

public sealed partial class EngineHost
{
    /// <summary>
    /// Runs the fallback claim now instead of at its next tick: another node appended or released
    /// pending events. Does nothing while the engine is not running; a claim already under way
    /// or full capacity defers it, as for a tick.
    /// </summary>
    public void WakeFallback() => _dispatcher?.Tell(FallbackTick.Instance);

    private Task<int> RecoverAsync(CancellationToken cancellationToken) => Options.Recovery switch
    {
        StartupRecovery.OwnEvents => _journal.ReleaseOwnerAsync(Options.Owner, cancellationToken),
        _ => _journal.RecoverAllAsync(cancellationToken),
    };
}
