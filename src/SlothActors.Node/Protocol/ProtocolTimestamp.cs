using System.Globalization;
using System.Text.Json;

namespace SlothActors.Node.Protocol;

/// <summary>Reads and writes the protocol's ISO-8601 timestamps.</summary>
public static class ProtocolTimestamp
{
    // Six fractional digits and an explicit +00:00: the widest form Python's
    // datetime.fromisoformat reads on every version the ecosystem's clients run.
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'";

    /// <summary>Accepts <c>Z</c>, <c>+hh:mm</c>, fractions of any length, or no offset (read as UTC); the result is in UTC.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        if (reader.ValueIsEscaped)
        {
            return TryParse(reader.GetString(), out value);
        }

        if (HasOffset(reader.ValueSpan))
        {
            if (reader.TryGetDateTimeOffset(out value))
            {
                value = value.ToUniversalTime();
                return true;
            }
        }
        else if (reader.TryGetDateTime(out var local))
        {
            value = new DateTimeOffset(local.Ticks, TimeSpan.Zero);
            return true;
        }

        return TryParse(reader.GetString(), out value);
    }

    /// <summary>The lenient fallback: a space instead of <c>T</c>, fewer seconds digits, and so on.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        var parsed = DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out value);
        value = value.ToUniversalTime();
        return parsed;
    }

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture);

    public static void Write(Utf8JsonWriter writer, string name, DateTimeOffset value)
    {
        Span<char> buffer = stackalloc char[32];
        value.UtcDateTime.TryFormat(buffer, out var written, WireFormat, CultureInfo.InvariantCulture);
        writer.WriteString(name, buffer[..written]);
    }

    private static bool HasOffset(ReadOnlySpan<byte> text)
    {
        // An offset sign can only follow the time part, which starts after the date's 10 chars.
        for (var i = text.Length - 1; i > 10; i--)
        {
            if (text[i] is (byte)'Z' or (byte)'z' or (byte)'+' or (byte)'-')
            {
                return true;
            }
        }

        return false;
    }
}
