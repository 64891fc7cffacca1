using Akka.Configuration;
using SlothActors.Engine.Hosting;

namespace SlothActors.Engine.Tests.Support;

/// <summary>
/// Akka.TestKit with the engine's own actor-system settings, so a harness on <c>Sys</c> shuts
/// down as a node does (coordinated shutdown with room for the grace period).
/// </summary>
public abstract class EngineTestKit(Config? extra = null)
    : Akka.TestKit.Xunit2.TestKit((extra ?? Config.Empty).WithFallback(EngineConfig.For(EngineHarness.TestOptions())))
{
}
