using System.Buffers;

namespace SlothActors.Client;

/// <summary>The protocol's limits, checked before anything is queued so a bad call fails at the caller.</summary>
internal static class EventRules
{
    public const int MaxTypeLength = 128;
    public const int MaxIdLength = 256;
    public const int MaxTagLength = 128;
    public const int MaxTags = 64;

    private static readonly SearchValues<char> TypeChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_.-");

    public static void CheckType(string eventType)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        if (eventType.Length > MaxTypeLength || !char.IsAsciiLetterLower(eventType[0]) || eventType.AsSpan().ContainsAnyExcept(TypeChars))
        {
            throw new ArgumentException(
                $"event type '{Shorten(eventType)}' must be 1-{MaxTypeLength} chars of a-z 0-9 _ . - starting with a letter", nameof(eventType));
        }
    }

    public static void CheckTags(IReadOnlyList<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            throw new ArgumentException($"at most {MaxTags} tags per event, got {tags.Count}", nameof(tags));
        }

        foreach (var tag in tags)
        {
            CheckText(tag, nameof(tags), MaxTagLength);
        }
    }

    public static void CheckText(string? value, string name, int maxLength)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength)
        {
            throw new ArgumentException($"{name} must be 1-{maxLength} characters", name);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
