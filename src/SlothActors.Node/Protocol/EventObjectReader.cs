using System.Text.Json;
using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>
/// Reads one event object from a reader positioned on its <c>{</c>, leaving the reader on the
/// matching <c>}</c> even when the event is refused, so a batch can go on with the next one.
/// </summary>
internal static class EventObjectReader
{
    public static (Event? Event, ProtocolError? Error) Read(
        ref Utf8JsonReader reader, ReadOnlySpan<byte> source, ProtocolLimits limits, DateTimeOffset now)
    {
        var draft = new EventDraft();
        ProtocolError? error = null;
        var extraBytes = 0;

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var field = EventFieldNames.Classify(ref reader);
            var unknownName = field == EventField.Unknown && error is null ? reader.GetString() : null;
            reader.Read();
            if (error is not null || field == EventField.ServerOwned)
            {
                reader.Skip();
                continue;
            }

            if (field == EventField.Unknown)
            {
                error = KeepExtra(ref reader, source, unknownName!, ref draft, ref extraBytes, limits);
                continue;
            }

            error = EventFieldReader.Read(ref reader, source, field, ref draft, limits);
        }

        error ??= draft.Type is null ? ProtocolError.Missing("event_type") : null;
        if (error is not null)
        {
            draft.Abandon();
            return (null, error);
        }

        return (draft.Build(now), null);
    }

    private static ProtocolError? KeepExtra(
        ref Utf8JsonReader reader, ReadOnlySpan<byte> source, string name,
        ref EventDraft draft, ref int extraBytes, ProtocolLimits limits)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var raw = source[start..(int)reader.BytesConsumed];
        extraBytes += raw.Length + name.Length;
        if (extraBytes > limits.MaxExtraBytes)
        {
            return ProtocolError.TooLarge(
                name, $"unknown extra fields take more than {limits.MaxExtraBytes} bytes; send less or move them into data");
        }

        if (draft.ExtraWriter is null)
        {
            draft.ExtraBuffer = new System.Buffers.ArrayBufferWriter<byte>(256);
            draft.ExtraWriter = new Utf8JsonWriter(draft.ExtraBuffer);
            draft.ExtraWriter.WriteStartObject();
        }

        draft.ExtraWriter.WritePropertyName(name);
        draft.ExtraWriter.WriteRawValue(raw, skipInputValidation: true);
        return null;
    }
}
