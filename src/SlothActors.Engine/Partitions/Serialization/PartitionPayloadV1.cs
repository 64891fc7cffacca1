using System.Runtime.Serialization;
using SlothActors.Events;

namespace SlothActors.Engine.Partitions.Serialization;

/// <summary>
/// Version 1 of the partition payloads' binary layout. Never change it: journal rows written
/// with it must stay readable. A new layout is a new class with new manifests.
/// </summary>
/// <remarks>
/// <para>Primitives (see <see cref="PayloadWriter"/>): <c>varint</c> is unsigned LEB128,
/// <c>zigzag</c> a signed varint, <c>string</c> a varint byte length then UTF-8, <c>timestamp</c>
/// the UTC ticks (int64 little-endian) then the offset in minutes (int16 little-endian), an enum
/// its integer value as a varint.</para>
/// <para><c>EventsAccepted</c>: varint count, then each event:
/// presence byte (bit 0 Error, 1 ProcessedAt, 2 Stack, 3 Source, 4 CorrelationId, 5 CausationId,
/// 6 Extra; bit 7 unused and refused), string Id, string Type, timestamp Timestamp, string Data,
/// varint Status, [string Error], timestamp CreatedAt, [timestamp ProcessedAt], [string Stack],
/// [string Source], varint Severity, [string CorrelationId], [string CausationId], zigzag Depth,
/// varint tag count then each tag as a string, zigzag Attempts, [string Extra]; a bracketed field
/// is there only when its presence bit is set.</para>
/// <para><c>EventsCompleted</c> and <c>PartitionSnapshot</c>: varint count, then each id as a string.</para>
/// </remarks>
internal static class PartitionPayloadV1
{
    private const byte HasError = 1 << 0;
    private const byte HasProcessedAt = 1 << 1;
    private const byte HasStack = 1 << 2;
    private const byte HasSource = 1 << 3;
    private const byte HasCorrelationId = 1 << 4;
    private const byte HasCausationId = 1 << 5;
    private const byte HasExtra = 1 << 6;
    private const byte KnownPresenceBits = HasError | HasProcessedAt | HasStack | HasSource | HasCorrelationId | HasCausationId | HasExtra;

    /// <summary>
    /// The fewest bytes an event takes: presence, Id, Type, Data, Status, Severity, Depth, tag
    /// count and Attempts a byte each, two timestamps of 10 bytes.
    /// </summary>
    private const int MinEventBytes = 9 + (2 * TimestampBytes);

    private const int TimestampBytes = sizeof(long) + sizeof(short);

    /// <summary>A first guess of an event's size, to rent a buffer that rarely needs to grow.</summary>
    private const int TypicalEventBytes = 256;

    private static readonly uint MaxStatus = (uint)Enum.GetValues<EventStatus>().Max();
    private static readonly uint MaxSeverity = (uint)Enum.GetValues<EventSeverity>().Max();

    public static int EstimateSize(EventsAccepted accepted) => 8 + ((accepted.Events?.Count ?? 0) * TypicalEventBytes);

    public static int EstimateSize(IReadOnlyList<string>? ids) => 8 + ((ids?.Count ?? 0) * 40);

    public static void Write(ref PayloadWriter writer, EventsAccepted accepted)
    {
        var events = accepted.Events ?? throw new SerializationException("Cannot write EventsAccepted: its Events list is null.");
        var count = events.Count;
        writer.WriteCount(count);
        for (var i = 0; i < count; i++)
        {
            WriteEvent(ref writer, events[i] ?? throw new SerializationException($"Cannot write EventsAccepted: event {i} is null."));
        }
    }

    public static EventsAccepted ReadAccepted(ref PayloadReader reader)
    {
        var events = ReadEventList(ref reader);
        reader.EnsureEnd();
        return new EventsAccepted(events);
    }

    /// <summary>A count and that many events, the layout of <c>EventsAccepted</c>, as part of a larger payload.</summary>
    public static void WriteEventList(ref PayloadWriter writer, IReadOnlyList<Event>? events, string owner)
    {
        if (events is null)
        {
            throw new SerializationException($"Cannot write {owner}: its event list is null.");
        }

        var count = events.Count;
        writer.WriteCount(count);
        for (var i = 0; i < count; i++)
        {
            WriteEvent(ref writer, events[i] ?? throw new SerializationException($"Cannot write {owner}: event {i} is null."));
        }
    }

    /// <summary>What <see cref="WriteEventList"/> wrote; more may follow it.</summary>
    public static Event[] ReadEventList(ref PayloadReader reader)
    {
        var count = reader.ReadCount("event count", MinEventBytes);
        Event[] events = count == 0 ? [] : new Event[count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = ReadEvent(ref reader);
        }

        return events;
    }

    /// <summary>What <see cref="WriteIds"/> wrote; more may follow it.</summary>
    public static string[] ReadIdList(ref PayloadReader reader) => ReadStrings(ref reader, "id count");

    /// <summary>The ids of <see cref="EventsCompleted"/> or of <see cref="PartitionSnapshot"/>.</summary>
    public static void WriteIds(ref PayloadWriter writer, IReadOnlyList<string>? ids, string owner)
    {
        if (ids is null)
        {
            throw new SerializationException($"Cannot write {owner}: its id list is null.");
        }

        var count = ids.Count;
        writer.WriteCount(count);
        for (var i = 0; i < count; i++)
        {
            writer.WriteString(ids[i] ?? throw new SerializationException($"Cannot write {owner}: id {i} is null."));
        }
    }

    public static string[] ReadIds(ref PayloadReader reader)
    {
        var ids = ReadStrings(ref reader, "id count");
        reader.EnsureEnd();
        return ids;
    }

    private static void WriteEvent(ref PayloadWriter writer, Event e)
    {
        var presence = (byte)(
            (e.Error is null ? 0 : HasError)
            | (e.ProcessedAt is null ? 0 : HasProcessedAt)
            | (e.Stack is null ? 0 : HasStack)
            | (e.Source is null ? 0 : HasSource)
            | (e.CorrelationId is null ? 0 : HasCorrelationId)
            | (e.CausationId is null ? 0 : HasCausationId)
            | (e.Extra is null ? 0 : HasExtra));
        writer.WriteByte(presence);
        writer.WriteString(e.Id ?? throw NullField(e, nameof(Event.Id)));
        writer.WriteString(e.Type ?? throw NullField(e, nameof(Event.Type)));
        writer.WriteTimestamp(e.Timestamp);
        writer.WriteString(e.Data ?? throw NullField(e, nameof(Event.Data)));
        writer.WriteVarUInt32(CheckedEnum((uint)e.Status, MaxStatus, e, nameof(Event.Status)));
        if (e.Error is { } error)
        {
            writer.WriteString(error);
        }

        writer.WriteTimestamp(e.CreatedAt);
        if (e.ProcessedAt is { } processedAt)
        {
            writer.WriteTimestamp(processedAt);
        }

        if (e.Stack is { } stack)
        {
            writer.WriteString(stack);
        }

        if (e.Source is { } source)
        {
            writer.WriteString(source);
        }

        writer.WriteVarUInt32(CheckedEnum((uint)e.Severity, MaxSeverity, e, nameof(Event.Severity)));
        if (e.CorrelationId is { } correlationId)
        {
            writer.WriteString(correlationId);
        }

        if (e.CausationId is { } causationId)
        {
            writer.WriteString(causationId);
        }

        writer.WriteVarInt32(e.Depth);
        var tags = e.Tags ?? throw NullField(e, nameof(Event.Tags));
        var tagCount = tags.Count;
        writer.WriteCount(tagCount);
        for (var i = 0; i < tagCount; i++)
        {
            writer.WriteString(tags[i] ?? throw NullField(e, $"{nameof(Event.Tags)}[{i}]"));
        }

        writer.WriteVarInt32(e.Attempts);
        if (e.Extra is { } extra)
        {
            writer.WriteString(extra);
        }
    }

    private static Event ReadEvent(ref PayloadReader reader)
    {
        var presence = reader.ReadByte();
        if ((presence & ~KnownPresenceBits) != 0)
        {
            throw reader.Fail($"event presence byte 0x{presence:X2} has unknown bits");
        }

        var id = reader.ReadString();
        var type = reader.ReadString();
        var timestamp = reader.ReadTimestamp();
        var data = reader.ReadString();
        var status = (EventStatus)ReadEnum(ref reader, MaxStatus, nameof(Event.Status));
        var error = (presence & HasError) != 0 ? reader.ReadString() : null;
        var createdAt = reader.ReadTimestamp();
        DateTimeOffset? processedAt = (presence & HasProcessedAt) != 0 ? reader.ReadTimestamp() : null;
        var stack = (presence & HasStack) != 0 ? reader.ReadString() : null;
        var source = (presence & HasSource) != 0 ? reader.ReadString() : null;
        var severity = (EventSeverity)ReadEnum(ref reader, MaxSeverity, nameof(Event.Severity));
        var correlationId = (presence & HasCorrelationId) != 0 ? reader.ReadString() : null;
        var causationId = (presence & HasCausationId) != 0 ? reader.ReadString() : null;
        var depth = reader.ReadVarInt32();
        var tags = ReadStrings(ref reader, "tag count");
        var attempts = reader.ReadVarInt32();
        var extra = (presence & HasExtra) != 0 ? reader.ReadString() : null;
        return new Event
        {
            Id = id,
            Type = type,
            Timestamp = timestamp,
            Data = data,
            Status = status,
            Error = error,
            CreatedAt = createdAt,
            ProcessedAt = processedAt,
            Stack = stack,
            Source = source,
            Severity = severity,
            CorrelationId = correlationId,
            CausationId = causationId,
            Depth = depth,
            Tags = tags,
            Attempts = attempts,
            Extra = extra,
        };
    }

    private static string[] ReadStrings(ref PayloadReader reader, string what)
    {
        var count = reader.ReadCount(what, minItemBytes: 1);
        if (count == 0)
        {
            return [];
        }

        var strings = new string[count];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        return strings;
    }

    private static uint ReadEnum(ref PayloadReader reader, uint max, string field)
    {
        var value = reader.ReadVarUInt32();
        return value <= max ? value : throw reader.Fail($"{field} {value} is not a known value");
    }

    private static uint CheckedEnum(uint value, uint max, Event e, string field) =>
        value <= max ? value : throw new SerializationException($"Cannot write event '{e.Id}': {field} {(int)value} is not a known value.");

    private static SerializationException NullField(Event e, string field) =>
        new($"Cannot write event '{e.Id}': its {field} is null.");
}
