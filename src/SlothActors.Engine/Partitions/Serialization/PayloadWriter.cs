using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.Serialization;
using System.Text;

namespace SlothActors.Engine.Partitions.Serialization;

/// <summary>
/// Writes the primitives of the partition payload format into a buffer rented from
/// <see cref="ArrayPool{T}.Shared"/>; <see cref="ToArray"/> copies out the exact bytes. Call
/// <see cref="Dispose"/> (in a <c>finally</c>) to return the buffer. Pass it by <c>ref</c>.
/// </summary>
/// <remarks>
/// Strings are UTF-8 with a varint byte-length prefix; a lone surrogate, which UTF-8 cannot
/// carry, is written as U+FFFD (as the SQLite read model stores it).
/// </remarks>
internal ref struct PayloadWriter
{
    /// <summary>The most bytes a 32-bit varint takes.</summary>
    private const int MaxVarint32Length = 5;

    /// <summary>The longest string whose UTF-8 bytes (at most 3 a char) are surely fewer than 128.</summary>
    private const int MaxShortStringLength = 41;

    private byte[] _buffer;
    private int _position;

    public PayloadWriter(int initialCapacity)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 64));
        _position = 0;
    }

    public readonly int Length => _position;

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_position++] = value;
    }

    /// <summary>An unsigned LEB128 varint: 7 bits a byte, low bits first, high bit set on all but the last.</summary>
    public void WriteVarUInt32(uint value)
    {
        Ensure(MaxVarint32Length);
        var buffer = _buffer;
        var position = _position;
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
        _position = position;
    }

    /// <summary>A signed value as a zigzag varint (0, -1, 1, -2, ... are 0, 1, 2, 3, ...), so small negatives stay short.</summary>
    public void WriteVarInt32(int value) => WriteVarUInt32((uint)((value << 1) ^ (value >> 31)));

    /// <summary>A count or length: a varint; it cannot be negative.</summary>
    public void WriteCount(int count)
    {
        if (count < 0)
        {
            throw new SerializationException($"Cannot write a negative count ({count}).");
        }

        WriteVarUInt32((uint)count);
    }

    public void WriteInt16(short value)
    {
        Ensure(sizeof(short));
        BinaryPrimitives.WriteInt16LittleEndian(_buffer.AsSpan(_position), value);
        _position += sizeof(short);
    }

    public void WriteInt64(long value)
    {
        Ensure(sizeof(long));
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_position), value);
        _position += sizeof(long);
    }

    /// <summary>UTC ticks (int64) then the offset in whole minutes (int16): the exact instant and offset.</summary>
    public void WriteTimestamp(DateTimeOffset value)
    {
        WriteInt64(value.UtcTicks);
        WriteInt16((short)value.TotalOffsetMinutes);
    }

    /// <summary>A varint byte length, then the UTF-8 bytes.</summary>
    public void WriteString(string value)
    {
        int length;
        if (value.Length <= MaxShortStringLength)
        {
            // Short (ids, types, tags): its bytes fit a one-byte prefix, so encode in one pass.
            Ensure(1 + Encoding.UTF8.GetMaxByteCount(MaxShortStringLength));
            length = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position + 1));
            _buffer[_position] = (byte)length;
            _position += 1 + length;
            return;
        }

        length = Encoding.UTF8.GetByteCount(value);
        WriteCount(length);
        Ensure(length);
        _position += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position));
    }

    /// <summary>The bytes written so far, in a new array of exactly their length.</summary>
    public readonly byte[] ToArray() => _buffer.AsSpan(0, _position).ToArray();

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int count)
    {
        if (_buffer.Length - _position >= count)
        {
            return;
        }

        var needed = (long)_position + count;
        if (needed > Array.MaxLength)
        {
            throw new SerializationException($"The payload would exceed {Array.MaxLength} bytes.");
        }

        var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, (long)_buffer.Length * 2), Array.MaxLength));
        _buffer.AsSpan(0, _position).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }
}
