using Microsoft.Extensions.Logging;

namespace SlothActors.Node.Hooks;

internal static partial class HookChangeLog
{
    [LoggerMessage(EventId = 130, Level = LogLevel.Warning, Message = "Reloading the hooks after another node changed them failed; trying again in {RetryIn}")]
    public static partial void ReloadFailed(ILogger logger, TimeSpan retryIn, Exception exception);

    [LoggerMessage(EventId = 131, Level = LogLevel.Debug, Message = "Hooks reloaded ({Reason}): {Count} hooks")]
    public static partial void Reloaded(ILogger logger, string reason, int count);
}
