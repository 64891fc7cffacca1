using System.Buffers;
using System.Text.Json;
using SlothActors.Events;

namespace SlothActors.Node.Protocol;

/// <summary>What has been read of one event object so far; becomes an <see cref="Event"/> at the end.</summary>
internal struct EventDraft
{
    public string? Id;
    public string? Type;
    public DateTimeOffset? Timestamp;
    public string? Source;
    public EventSeverity Severity;
    public string? CorrelationId;
    public string? CausationId;
    public string? Stack;
    public string? Data;
    public List<string>? Tags;
    public int Depth;
    public ArrayBufferWriter<byte>? ExtraBuffer;
    public Utf8JsonWriter? ExtraWriter;

    public EventDraft() => Severity = EventSeverity.Info;

    public readonly Event Build(DateTimeOffset now)
    {
        string? extra = null;
        if (ExtraWriter is not null)
        {
            ExtraWriter.WriteEndObject();
            ExtraWriter.Flush();
            extra = System.Text.Encoding.UTF8.GetString(ExtraBuffer!.WrittenSpan);
            ExtraWriter.Dispose();
        }

        return new Event
        {
            Id = Id ?? Guid.CreateVersion7(now).ToString(),
            Type = Type!,
            Timestamp = Timestamp ?? now,
            CreatedAt = now,
            Data = Data ?? "{}",
            Source = Source,
            Severity = Severity,
            CorrelationId = CorrelationId,
            CausationId = CausationId,
            Stack = Stack,
            Depth = Depth,
            Tags = Tags is null ? [] : Tags,
            Extra = extra,
        };
    }

    public readonly void Abandon() => ExtraWriter?.Dispose();
}
