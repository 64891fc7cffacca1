using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hosting;

namespace SlothActors.Engine.Observing;

/// <summary>Calls the observer so that its failure is logged instead of failing the calling actor.</summary>
internal sealed class ObserverCalls(IEngineObserver observer, ILogger log)
{
    public void Notify<TState>(TState state, Action<IEngineObserver, TState> call)
    {
        if (ReferenceEquals(observer, NoEngineObserver.Instance))
        {
            return;
        }

        try
        {
            call(observer, state);
        }
        catch (Exception ex)
        {
            EngineLog.ObserverFailed(log, ex);
        }
    }
}
