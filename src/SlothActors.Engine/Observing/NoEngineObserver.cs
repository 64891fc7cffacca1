namespace SlothActors.Engine.Observing;

internal sealed class NoEngineObserver : IEngineObserver
{
    public static readonly NoEngineObserver Instance = new();
}
