namespace SlothActors.Engine.Ingress;

/// <summary>
/// Too many accepted events are waiting to be written; nothing of the call was accepted
/// (HTTP 503 with Retry-After). Retrying later with the same ids is safe.
/// </summary>
public sealed class EngineOverloadedException : Exception
{
    public EngineOverloadedException()
        : this("The event engine is overloaded; retry shortly.")
    {
    }

    public EngineOverloadedException(string message)
        : base(message)
    {
    }

    public EngineOverloadedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
