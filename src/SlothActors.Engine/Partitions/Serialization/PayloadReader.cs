using System.Buffers.Binary;
using System.Runtime.Serialization;
using System.Text;

namespace SlothActors.Engine.Partitions.Serialization;

/// <summary>
/// Reads the primitives <see cref="PayloadWriter"/> writes. Every malformed input (truncated
/// bytes, an overlong varint, a length or count the remaining bytes cannot hold, invalid UTF-8)
/// throws a <see cref="SerializationException"/> naming the problem, the manifest and the offset.
/// Pass it by <c>ref</c>.
/// </summary>
internal ref struct PayloadReader
{
    /// <summary>Strict: the writer never produces invalid UTF-8, so such bytes are a corrupt payload.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly long MinUtcTicks = DateTimeOffset.MinValue.UtcTicks;
    private static readonly long MaxUtcTicks = DateTimeOffset.MaxValue.UtcTicks;

    /// <summary>DateTimeOffset allows offsets of at most 14 hours either way.</summary>
    private const int MaxOffsetMinutes = 14 * 60;

    private readonly ReadOnlySpan<byte> _bytes;
    private readonly string _manifest;
    private int _position;

    public PayloadReader(ReadOnlySpan<byte> bytes, string manifest)
    {
        _bytes = bytes;
        _manifest = manifest;
        _position = 0;
    }

    public readonly int Remaining => _bytes.Length - _position;

    public byte ReadByte()
    {
        Need(1, "a byte");
        return _bytes[_position++];
    }

    public uint ReadVarUInt32()
    {
        var start = _position;
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            Need(1, "a varint");
            var b = _bytes[_position++];
            if (shift == 28 && b > 0x0F)
            {
                throw Fail($"varint at offset {start} does not fit 32 bits");
            }

            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw Fail($"varint at offset {start} is longer than 5 bytes");
    }

    public int ReadVarInt32()
    {
        var zigzag = ReadVarUInt32();
        return (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
    }

    /// <summary>
    /// A count of items each at least <paramref name="minItemBytes"/> long: refused when negative
    /// or when the remaining bytes could not hold that many, so a corrupt count never allocates.
    /// </summary>
    public int ReadCount(string what, int minItemBytes)
    {
        var start = _position;
        var count = ReadVarUInt32();
        if (count > int.MaxValue)
        {
            throw Fail($"{what} at offset {start} is negative ({(int)count})");
        }

        if ((long)count * minItemBytes > Remaining)
        {
            throw Fail($"{what} at offset {start} is {count}, more than the {Remaining} remaining bytes can hold (truncated or corrupt)");
        }

        return (int)count;
    }

    public short ReadInt16()
    {
        Need(sizeof(short), "an int16");
        var value = BinaryPrimitives.ReadInt16LittleEndian(_bytes[_position..]);
        _position += sizeof(short);
        return value;
    }

    public long ReadInt64()
    {
        Need(sizeof(long), "an int64");
        var value = BinaryPrimitives.ReadInt64LittleEndian(_bytes[_position..]);
        _position += sizeof(long);
        return value;
    }

    public DateTimeOffset ReadTimestamp()
    {
        var start = _position;
        var utcTicks = ReadInt64();
        var offsetMinutes = ReadInt16();
        if (utcTicks < MinUtcTicks || utcTicks > MaxUtcTicks)
        {
            throw Fail($"timestamp at offset {start} has UTC ticks {utcTicks} out of range");
        }

        if (offsetMinutes is < -MaxOffsetMinutes or > MaxOffsetMinutes)
        {
            throw Fail($"timestamp at offset {start} has an offset of {offsetMinutes} minutes, out of range");
        }

        var offset = new TimeSpan(offsetMinutes * TimeSpan.TicksPerMinute);
        var localTicks = utcTicks + offset.Ticks;
        if (localTicks < MinUtcTicks || localTicks > MaxUtcTicks)
        {
            throw Fail($"timestamp at offset {start} is out of range at its offset of {offsetMinutes} minutes");
        }

        return new DateTimeOffset(localTicks, offset);
    }

    public string ReadString()
    {
        var start = _position;
        var length = ReadCount("string length", 1);
        if (length == 0)
        {
            return string.Empty;
        }

        string value;
        try
        {
            value = StrictUtf8.GetString(_bytes.Slice(_position, length));
        }
        catch (DecoderFallbackException)
        {
            throw Fail($"string at offset {start} is not valid UTF-8");
        }

        _position += length;
        return value;
    }

    /// <summary>Refuses bytes after the end of the payload: a sign the manifest and the bytes disagree.</summary>
    public readonly void EnsureEnd()
    {
        if (Remaining != 0)
        {
            throw Fail($"{Remaining} unexpected trailing bytes at offset {_position}");
        }
    }

    public readonly SerializationException Fail(string problem) =>
        new($"Cannot read a '{_manifest}' partition payload ({_bytes.Length} bytes): {problem}.");

    private readonly void Need(int count, string what)
    {
        if (Remaining < count)
        {
            throw Fail($"truncated: {what} at offset {_position} needs {count} bytes, {Remaining} left");
        }
    }
}
