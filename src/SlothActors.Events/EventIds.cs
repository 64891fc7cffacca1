namespace SlothActors.Events;

/// <summary>Event ids: UUIDv7 text by default (time-ordered, so journal inserts stay append-like).</summary>
public static class EventIds
{
    /// <summary>Producer ids are opaque but bounded, so a key can never be used to bloat an index.</summary>
    public const int MaxLength = 128;

    public static string New() => Guid.CreateVersion7().ToString("D");

    /// <returns>Null when <paramref name="id"/> is acceptable; otherwise a message saying what is wrong.</returns>
    public static string? Validate(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "event id is empty; leave it out and the server generates one.";
        }

        if (id.Length > MaxLength)
        {
            return $"event id is {id.Length} characters long; the maximum is {MaxLength}.";
        }

        foreach (var c in id)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return "event id may not contain spaces or control characters.";
            }
        }

        return null;
    }
}
