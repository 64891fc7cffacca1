using SlothActors.Actors;
using SlothActors.Engine.Dispatching;

namespace SlothActors.Engine.Hosting;

public sealed partial class EngineHost
{
    /// <summary>
    /// Graceful stop: refuse new events, let in-flight events finish within
    /// <see cref="EngineOptions.GracePeriod"/>, return what is still in flight to pending, write
    /// the outcomes already produced, stop the actors. Cancelling the token ends the grace period early.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_system is null || _dispatcher is not { } dispatcher || _stopped)
            {
                _stopped = true;
                return;
            }

            _stopped = true;
            _gate.Close();
            EngineLog.Stopping(_log, Options.GracePeriod);
            dispatcher.Tell(BeginShutdown.Instance);
            try
            {
                if (!await DrainAsync(dispatcher, cancellationToken).ConfigureAwait(false))
                {
                    await ReleaseInFlightAsync(dispatcher).ConfigureAwait(false);
                }

                await FlushAsync(dispatcher).ConfigureAwait(false);
            }
            finally
            {
                // Whatever failed above, the actors and hook threads must not outlive the host;
                // events left processing are recovered at the next start.
                _dispatcher = null;
                _executions?.Dispose();
                await _system.Terminate().WaitAsync(ControlTimeout, CancellationToken.None).ConfigureAwait(false);
            }

            EngineLog.Stopped(_log);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task<bool> DrainAsync(IActorRef dispatcher, CancellationToken cancellationToken)
    {
        if (Options.GracePeriod <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await dispatcher.Ask<Drained>(AwaitDrained.Instance, Options.GracePeriod, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is AskTimeoutException or OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ReleaseInFlightAsync(IActorRef dispatcher)
    {
        var abandoned = await dispatcher.Ask<InFlightAbandoned>(AbandonInFlight.Instance, ControlTimeout).ConfigureAwait(false);
        foreach (var chunk in abandoned.EventIds.Chunk(EngineOptions.MaxEventsPerCall))
        {
            await _journal.ReleaseAsync(Options.Owner, chunk, null, CancellationToken.None).ConfigureAwait(false);
        }

        EngineLog.Released(_log, abandoned.EventIds.Count);
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
