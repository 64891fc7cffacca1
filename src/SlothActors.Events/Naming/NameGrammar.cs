namespace SlothActors.Events.Naming;

/// <summary>
/// The one grammar shared by event types and hook names: 1-128 characters of
/// <c>[a-z0-9_.-]</c>, starting with a letter.
/// </summary>
internal static class NameGrammar
{
    public const int MaxLength = 128;

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !IsLowerLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <returns>Null when valid; otherwise one sentence naming what is wrong, prefixed with <paramref name="what"/>.</returns>
    public static string? Validate(string? name, string what)
    {
        if (name is null || name.Length == 0)
        {
            return $"{what} is empty; it needs 1-{MaxLength} characters of a-z, 0-9, '_', '.', '-'.";
        }

        if (name.Length > MaxLength)
        {
            return $"{what} is {name.Length} characters long; the maximum is {MaxLength}.";
        }

        if (!IsLowerLetter(name[0]))
        {
            return $"{what} '{Shorten(name)}' must start with a lower-case letter (a-z).";
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (!IsAllowed(name[i]))
            {
                return $"{what} '{Shorten(name)}' has the character '{Printable(name[i])}' at position {i + 1}; " +
                       "only a-z, 0-9, '_', '.' and '-' are allowed.";
            }
        }

        return null;
    }

    private static bool IsLowerLetter(char c) => c is >= 'a' and <= 'z';

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.' or '-';

    // Messages echo the input, so keep them short and free of control characters.
    private static string Shorten(string name) =>
        new(name.Take(40).Select(c => char.IsControl(c) ? '?' : c).Concat(name.Length > 40 ? "..." : "").ToArray());

    private static string Printable(char c) => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString();
}
