using System.Text;
using Microsoft.Extensions.Logging;
using SlothActors.Client.Delivery;

namespace SlothActors.Client.Emitting;

internal sealed partial class CollectorEventHook
{
    // An event not sent is written to the local log whole (bounded), so it can be recovered by hand.
    private const int MaxLoggedEventBytes = 4096;

    private void LogLocally(IReadOnlyList<OutgoingEvent> events, string reason)
    {
        if (!_logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        foreach (var outgoing in events)
        {
            var json = WireFormat.One(outgoing);
            var text = json.Length <= MaxLoggedEventBytes
                ? Encoding.UTF8.GetString(json)
                : Encoding.UTF8.GetString(json, 0, MaxLoggedEventBytes) + "...(truncated)";
            LogNotSent(_logger, SourceSystem, outgoing.EventType, outgoing.EventId, reason, text);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{System}: event {EventType} {EventId} not sent ({Reason}): {Event}")]
    private static partial void LogNotSent(ILogger logger, string system, string eventType, Guid eventId, string reason, string @event);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{System}: the collector refused {Refused} of {Sent} events in a batch: {Errors}")]
    private static partial void LogBatchPartlyRefused(ILogger logger, string system, int refused, int sent, string errors);
}
