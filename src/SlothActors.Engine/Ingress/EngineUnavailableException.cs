namespace SlothActors.Engine.Ingress;

/// <summary>The engine is not running or is shutting down; nothing of the call was accepted (HTTP 503).</summary>
public sealed class EngineUnavailableException : Exception
{
    public EngineUnavailableException()
        : this("The event engine is not accepting events (it is stopped or shutting down); retry on another node or later.")
    {
    }

    public EngineUnavailableException(string message)
        : base(message)
    {
    }

    public EngineUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
