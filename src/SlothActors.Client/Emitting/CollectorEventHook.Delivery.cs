using Polly.CircuitBreaker;
using SlothActors.Client.Delivery;

namespace SlothActors.Client.Emitting;

internal sealed partial class CollectorEventHook
{
    private async Task<EmitOutcome> DeliverAsync(IReadOnlyList<OutgoingEvent> events, bool asBatch, int maxRetries, CancellationToken cancellationToken)
    {
        try
        {
            var receipt = await _pipeline.ExecuteAsync(
                static (s, token) => s.sender.SendAsync(s.events, s.asBatch, token),
                (sender: _sender, events, asBatch),
                maxRetries,
                cancellationToken).ConfigureAwait(false);
            _counters.Delivered(receipt.Collected, _time.GetUtcNow());
            if (receipt.Refused == 0)
            {
                return EmitOutcome.Delivered;
            }

            var errors = string.Join("; ", receipt.Errors);
            _counters.NotDelivered(receipt.Refused, $"the collector refused {receipt.Refused} event(s): {errors}");
            LogBatchPartlyRefused(_logger, SourceSystem, receipt.Refused, events.Count, errors);
            return EmitOutcome.Failed;
        }
        catch (BrokenCircuitException)
        {
            _counters.RejectedByBreaker(events.Count);
            LogLocally(events, "circuit breaker open");
            return EmitOutcome.CircuitOpen;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception failure)
        {
            // Delivery problems are reported, never thrown: emitting must not break the caller's work.
            _counters.NotDelivered(events.Count, failure.Message);
            LogLocally(events, failure.Message);
            return EmitOutcome.Failed;
        }
    }

    private async Task FlushBatchAsync(IReadOnlyList<OutgoingEvent> batch, CancellationToken abort)
    {
        try
        {
            await DeliverAsync(batch, asBatch: true, _options.MaxRetries, abort).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            Drop(batch, "shutdown was cancelled before the batch was sent");
        }
    }

    private EmitOutcome Drop(OutgoingEvent outgoing, string reason) => Drop([outgoing], reason);

    private EmitOutcome Drop(IReadOnlyList<OutgoingEvent> events, string reason)
    {
        _counters.DroppedLocally(events.Count, reason);
        LogLocally(events, reason);
        return EmitOutcome.Dropped;
    }
}
