namespace SlothActors.Actors;

/// <summary>No reply arrived within the ask's timeout.</summary>
public sealed class AskTimeoutException(string targetPath, Type messageType, TimeSpan timeout)
    : TimeoutException($"Ask to {targetPath} with a {messageType.FullName} got no reply within {timeout.TotalMilliseconds:0} ms.")
{
    public string TargetPath { get; } = targetPath;

    public Type MessageType { get; } = messageType;
}
