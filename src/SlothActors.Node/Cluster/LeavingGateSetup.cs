using Akka;
using Akka.Actor;
using Akka.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>
/// Closes the <see cref="LeavingGate"/> in the first phase of Akka's coordinated shutdown, which
/// every way out runs: SIGTERM through the host, a leave asked by any member (Akka runs the
/// shutdown once this member is exiting) and a down. Before the engine's own <c>service-unbind</c>,
/// so producers are told this node is leaving rather than only that the engine stopped.
/// </summary>
public static class LeavingGateSetup
{
    public static AkkaConfigurationBuilder WithLeavingGate(this AkkaConfigurationBuilder akka, LeavingGate gate)
    {
        ArgumentNullException.ThrowIfNull(akka);
        ArgumentNullException.ThrowIfNull(gate);
        return akka.AddStartup((system, _) =>
            CoordinatedShutdown.Get(system).AddTask(CoordinatedShutdown.PhaseBeforeServiceUnbind, "sloth-leaving", () =>
            {
                gate.Leave();
                return Task.FromResult(Done.Instance);
            }));
    }
}
