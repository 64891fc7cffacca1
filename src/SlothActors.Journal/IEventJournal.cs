using SlothActors.Journal.Appending;
using SlothActors.Journal.Hooks;
using SlothActors.Journal.Maintenance;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Recording;
using SlothActors.Journal.Releasing;
using SlothActors.Journal.Secrets;
using SlothActors.Journal.State;

namespace SlothActors.Journal;

/// <summary>
/// The whole journal of one database. Hand each component only the role interface it needs;
/// this aggregate is for composition roots. Every member is safe to call concurrently.
/// </summary>
public interface IEventJournal
    : IEventAppender, IProcessingRelease, IExecutionRecorder, IEventQueries, IEventMaintenance, IHookStore, IAsyncDisposable
{
    IStateStore State { get; }

    ISecretStore Secrets { get; }
}
