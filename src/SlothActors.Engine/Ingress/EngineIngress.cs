using Akka.Actor;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Observing;
using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Engine.Ingress;

/// <summary>
/// The engine's <see cref="IEventIngress"/>: asks the dispatcher to accept the events and
/// completes once they are committed. Validating event content is the caller's job; this only
/// refuses what the engine itself cannot handle.
/// </summary>
/// <remarks>
/// Cancelling the token stops the wait, not the write: the events may still be committed and
/// processed, so a caller that gave up should retry with the same ids (idempotent). The ask has
/// no timeout of its own: the dispatcher answers every dispatch it receives, with a failure if it
/// stops first, and one still in its mailbox when the actor system terminates fails then.
/// </remarks>
internal sealed class EngineIngress(IngressGate gate, Func<IActorRef?> dispatcher, Task systemTerminated) : IEventIngress
{
    public async ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        if (events.Count > EngineOptions.MaxEventsPerCall)
        {
            throw new ArgumentException(
                $"{events.Count} events in one call; send at most {EngineOptions.MaxEventsPerCall} per call.", nameof(events));
        }

        foreach (var evt in events)
        {
            if (evt is null || string.IsNullOrEmpty(evt.Id) || string.IsNullOrEmpty(evt.Type))
            {
                throw new ArgumentException("every event needs an id and a type.", nameof(events));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var target = dispatcher() ?? throw new EngineUnavailableException();
        gate.Enter(events.Count);
        using var span = EngineTracing.Source.StartActivity("dispatch");
        if (span is not null)
        {
            span.SetTag("sloth.events", events.Count);
            if (events.Count == 1)
            {
                EngineTracing.Tag(span, events[0]);
            }
        }

        try
        {
            var accepted = target.Ask<Accepted>(new Dispatch(events, span?.Context ?? default), cancellationToken);
            if (await Task.WhenAny(accepted, systemTerminated).ConfigureAwait(false) != accepted)
            {
                throw new EngineUnavailableException();
            }

            await accepted.ConfigureAwait(false);
        }
        catch (Exception ex) when (span is not null)
        {
            span.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }
}
