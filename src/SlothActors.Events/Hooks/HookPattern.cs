using SlothActors.Events.Naming;

namespace SlothActors.Events.Hooks;

/// <summary>
/// One event type pattern of a hook: an exact type (<c>task.failed</c>), a prefix
/// (<c>task.*</c>, any type starting with <c>task.</c>; <c>deploy.k8s.*</c> works the same way)
/// or <c>*</c> for every type.
/// </summary>
public sealed record HookPattern
{
    public const string Wildcard = "*";
    private const string PrefixSuffix = ".*";

    private HookPattern(HookPatternKind kind, string text, string stem)
    {
        Kind = kind;
        Text = text;
        Stem = stem;
    }

    public HookPatternKind Kind { get; }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The exact type, or for a prefix pattern the part before <c>.*</c>; empty for <c>*</c>.</summary>
    public string Stem { get; }

    public static HookPattern All { get; } = new(HookPatternKind.All, Wildcard, "");

    public static bool TryParse(string? text, out HookPattern pattern, out string? error)
    {
        pattern = All;
        if (text == Wildcard)
        {
            error = null;
            return true;
        }

        var isPrefix = text is not null && text.EndsWith(PrefixSuffix, StringComparison.Ordinal);
        var stem = isPrefix ? text![..^PrefixSuffix.Length] : text;
        error = EventTypeName.Validate(stem);
        if (error is not null)
        {
            error = $"event type pattern '{text}' is not valid: {error} " +
                    "Use an exact type (task.failed), a prefix (task.*) or * for every type.";
            return false;
        }

        pattern = new HookPattern(isPrefix ? HookPatternKind.Prefix : HookPatternKind.Exact, text!, stem!);
        return true;
    }

    /// <exception cref="FormatException">The text is not a pattern; the message says why.</exception>
    public static HookPattern Parse(string text) =>
        TryParse(text, out var pattern, out var error) ? pattern : throw new FormatException(error);

    public bool Matches(string eventType) => Kind switch
    {
        HookPatternKind.All => true,
        HookPatternKind.Exact => string.Equals(eventType, Stem, StringComparison.Ordinal),
        _ => eventType.Length > Stem.Length + 1
             && eventType[Stem.Length] == '.'
             && eventType.StartsWith(Stem, StringComparison.Ordinal),
    };

    public override string ToString() => Text;
}
