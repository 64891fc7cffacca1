using Microsoft.Extensions.Logging;

namespace SlothActors.Node.Retention;

internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Retention: {Deleted} finished events created before {Cutoff} deleted")]
    public static partial void Ran(ILogger logger, int deleted, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 116, Level = LogLevel.Information, Message = "Retention runs on this node (the cluster's singleton): events finished more than {Retention} ago are deleted every {Interval}")]
    public static partial void Started(ILogger logger, TimeSpan retention, TimeSpan interval);

    [LoggerMessage(EventId = 117, Level = LogLevel.Warning, Message = "Retention cleanup failed; the next pass, in {RetryIn}, tries again")]
    public static partial void Failed(ILogger logger, TimeSpan retryIn, Exception exception);
}
