using Akka;
using Akka.Actor;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Recording;

namespace SlothActors.Engine.Hosting;

public sealed partial class EngineHost
{
    /// <summary>
    /// The engine's tasks in <see cref="CoordinatedShutdown"/>'s phases; <see cref="EngineConfig"/>
    /// gives those phases timeouts that outlast the grace period.
    /// </summary>
    private void RegisterShutdown(IActorRef dispatcher, HookThreads threads)
    {
        var shutdown = CoordinatedShutdown.Get(_system);
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "sloth-stop-accepting", () =>
        {
            _gate.Close();
            EngineLog.Stopping(_log, Options.GracePeriod);
            dispatcher.Tell(BeginShutdown.Instance);
            return Task.FromResult(Done.Instance);
        });
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceRequestsDone, "sloth-drain", async () =>
        {
            if (!await DrainAsync(dispatcher).ConfigureAwait(false))
            {
                // Grace is over. In this order, no event is both recorded and returned to
                // pending, and none runs here after another node may have claimed it: stop the
                // runs, record what they produced, return the rest.
                await StopWorkersAsync(dispatcher).ConfigureAwait(false);
                await FlushAsync(dispatcher).ConfigureAwait(false);
                await ReleaseInFlightAsync(dispatcher).ConfigureAwait(false);
            }

            return Done.Instance;
        });
        shutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "sloth-flush", async () =>
        {
            try
            {
                await FlushAsync(dispatcher).ConfigureAwait(false);
                await PartitionsIdleAsync(dispatcher).ConfigureAwait(false);

                // Stopped before the hook threads, so no run is refused by stopped threads and
                // recorded as failed in the phases after this one.
                await StopActorsAsync(dispatcher).ConfigureAwait(false);
            }
            finally
            {
                // Whatever failed above, the hook threads must not outlive the engine; events
                // left processing are recovered at the next start.
                _dispatcher = null;
                threads.Dispose();
            }

            EngineLog.Stopped(_log);
            return Done.Instance;
        });
    }

    private async Task<bool> DrainAsync(IActorRef dispatcher)
    {
        if (Options.GracePeriod <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await dispatcher.Ask<Drained>(AwaitDrained.Instance, Options.GracePeriod, _graceOver.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is AskTimeoutException or OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task StopWorkersAsync(IActorRef dispatcher) =>
        await dispatcher.Ask<WorkersStopped>(StopWorkers.Instance, ControlTimeout).ConfigureAwait(false);

    private async Task ReleaseInFlightAsync(IActorRef dispatcher)
    {
        var abandoned = await dispatcher.Ask<InFlightAbandoned>(AbandonInFlight.Instance, ControlTimeout).ConfigureAwait(false);
        foreach (var chunk in abandoned.EventIds.Chunk(EngineOptions.MaxEventsPerCall))
        {
            await _journal.ReleaseAsync(Options.Owner, chunk, CancellationToken.None).ConfigureAwait(false);
        }

        EngineLog.Released(_log, abandoned.EventIds.Count);
    }

    private async Task StopActorsAsync(IActorRef dispatcher)
    {
        try
        {
            await dispatcher.GracefulStop(ControlTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TaskCanceledException or AskTimeoutException)
        {
            // Not stopped in time: the actor system's termination, next, stops it.
            EngineLog.StopIncomplete(_log);
        }
    }

    /// <summary>
    /// The completion markers of what was just recorded are written before the partitions stop,
    /// so the next start replays less (a lost marker costs a read-back, never a second run).
    /// </summary>
    private async Task PartitionsIdleAsync(IActorRef dispatcher)
    {
        try
        {
            await dispatcher.Ask<PartitionsIdle>(AwaitPartitionsIdle.Instance, ControlTimeout).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            EngineLog.FlushIncomplete(_log);
        }
    }

    private async Task FlushAsync(IActorRef dispatcher)
    {
        try
        {
            await dispatcher.Ask<Flushed>(Flush.Instance, ControlTimeout).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            EngineLog.FlushIncomplete(_log);
        }
    }
}
