using System.Globalization;
using Akka.Configuration;

namespace SlothActors.Engine.Hosting;

/// <summary>
/// The Akka settings the engine needs that Akka.Hosting has no option for: coordinated-shutdown
/// phase timeouts long enough for the engine's grace period (Akka's default is 5 s a phase, which
/// would cut a drain short and terminate the actors under running hooks), and no shutdown run by
/// Akka's own SIGTERM hook: the host handles SIGTERM and stops its services in order (the cluster
/// member and the hook-folder watcher before the engine), and the engine's stop runs the shutdown.
/// </summary>
public static class EngineConfig
{
    /// <summary>Time past the grace period for returning unfinished events to pending.</summary>
    private static readonly TimeSpan ReleaseMargin = EngineHost.ControlTimeout + TimeSpan.FromSeconds(5);

    public static Config For(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var drain = Milliseconds(options.GracePeriod + ReleaseMargin);
        var flush = Milliseconds(EngineHost.ControlTimeout + TimeSpan.FromSeconds(5));
        return ConfigurationFactory.ParseString($$"""
            akka.coordinated-shutdown.run-by-clr-shutdown-hook = off
            akka.coordinated-shutdown.phases {
              service-requests-done.timeout = {{drain}}ms
              service-stop.timeout = {{flush}}ms
            }
            """);
    }

    private static string Milliseconds(TimeSpan span) => ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
