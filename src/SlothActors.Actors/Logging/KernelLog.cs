using Microsoft.Extensions.Logging;

namespace SlothActors.Actors;

internal static partial class KernelLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "Dead letter {MessageType} to {Recipient} from {Sender} ({Suppressed} more since the last report)")]
    public static partial void DeadLetter(ILogger logger, string messageType, string recipient, string sender, long suppressed);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Actor {Path} failed; its supervisor decides")]
    public static partial void ActorFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Supervisor {Path} applies {Directive} to {Child} after {ExceptionType}")]
    public static partial void Directive(ILogger logger, string path, Directive directive, string child, string exceptionType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Lifecycle hook {Hook} of {Path} threw; continuing")]
    public static partial void HookFailed(ILogger logger, Exception exception, string hook, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Actor {Path} did not handle {MessageType}")]
    public static partial void Unhandled(ILogger logger, string path, string messageType);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Actor system {Name} terminated")]
    public static partial void SystemTerminated(ILogger logger, string name);
}
