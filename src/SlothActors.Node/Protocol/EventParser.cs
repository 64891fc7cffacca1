using System.Text.Json;
using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>
/// Reads collector-protocol bodies (one event, or a batch) into <see cref="Event"/> values,
/// applying every tolerance rule of the protocol. One forward pass over the bytes; the only
/// copies made are the strings the event keeps.
/// </summary>
public sealed class EventParser(ProtocolLimits limits, TimeProvider time)
{
    public EventParser()
        : this(ProtocolLimits.Default, TimeProvider.System)
    {
    }

    public ProtocolLimits Limits { get; } = limits;

    public EventParseResult ParseEvent(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, ReaderOptions());
        try
        {
            if (!reader.Read())
            {
                return new(null, ProtocolError.NotJson("the body is empty"));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                EnsureEnd(ref reader);
                return new(null, ProtocolError.Invalid("event", "the body must be one JSON event object; send arrays to /events/batch"));
            }

            var (evt, error) = EventObjectReader.Read(ref reader, body, Limits, time.GetUtcNow());
            EnsureEnd(ref reader);
            return new(evt, error);
        }
        catch (JsonException ex)
        {
            return new(null, ProtocolError.NotJson(ex.Message));
        }
    }

    public BatchParseResult ParseBatch(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, ReaderOptions());
        try
        {
            if (!reader.Read())
            {
                return BatchParseResult.Refused(ProtocolError.NotJson("the body is empty"));
            }

            var result = reader.TokenType switch
            {
                JsonTokenType.StartArray => ReadArray(ref reader, body),
                JsonTokenType.StartObject => ReadWrapped(ref reader, body),
                _ => null,
            };
            if (result is null)
            {
                reader.Skip();
            }

            EnsureEnd(ref reader);
            return result ?? BatchParseResult.Refused(NotABatch());
        }
        catch (JsonException ex)
        {
            return BatchParseResult.Refused(ProtocolError.NotJson(ex.Message));
        }
    }

    private BatchParseResult? ReadWrapped(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        BatchParseResult? result = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isEvents = reader.ValueTextEquals("events"u8);
            reader.Read();
            if (isEvents && result is null && reader.TokenType == JsonTokenType.StartArray)
            {
                result = ReadArray(ref reader, body);
                if (result.Error is not null)
                {
                    return result;
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return result;
    }

    private BatchParseResult ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        var now = time.GetUtcNow();
        var events = new List<Event>();
        var failures = new List<BatchItemError>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index == Limits.MaxBatchEvents)
            {
                return BatchParseResult.Refused(ProtocolError.TooLarge(
                    "events", $"a batch may hold at most {Limits.MaxBatchEvents} events; split it"));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                failures.Add(new(index++, ProtocolError.Invalid("event", "each event must be a JSON object")));
                continue;
            }

            var (evt, error) = EventObjectReader.Read(ref reader, body, Limits, now);
            if (evt is not null)
            {
                events.Add(evt);
            }
            else
            {
                failures.Add(new(index, error!));
            }

            index++;
        }

        return new(events, failures, null);
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // Throws (as JsonException) when anything but whitespace follows the one root value.
        reader.Read();
    }

    private static ProtocolError NotABatch() =>
        ProtocolError.Invalid("events", "a batch must be a JSON array of events or an object {\"events\": [...]}");

    private JsonReaderOptions ReaderOptions() => new() { MaxDepth = Limits.MaxJsonDepth };
}
