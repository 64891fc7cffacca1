using Microsoft.Extensions.Logging;

namespace SlothActors.Client.Tests.Support;

internal static class TestHooks
{
    /// <summary>A hook on the test's fake clock with no retry delay, so retry counts need no clock moves.</summary>
    public static IEventHook Create(
        Uri collector, TimeProvider time, Func<EventHookOptions, EventHookOptions>? configure = null, ILoggerFactory? loggers = null)
    {
        var options = new EventHookOptions { CollectorUrl = collector, SourceSystem = "billing", RetryBaseDelay = TimeSpan.Zero };
        return EventHook.Create(configure?.Invoke(options) ?? options, loggerFactory: loggers, timeProvider: time);
    }
}
