namespace SlothActors.Engine.Hosting;

/// <summary>Which events left <c>processing</c> by a previous run go back to pending when the engine starts.</summary>
public enum StartupRecovery
{
    /// <summary>Every processing event: right for a journal no other live process uses (one node).</summary>
    AllProcessing,

    /// <summary>
    /// Only the events this engine's <see cref="EngineOptions.Owner"/> holds: in a cluster the
    /// others' events are theirs until they leave or are downed.
    /// </summary>
    OwnEvents,
}
