namespace SlothActors.Events.Naming;

/// <summary>
/// Event type names: 1-128 characters of <c>[a-z0-9_.-]</c>, starting with a letter.
/// The category is the part before the first dot (the whole name when there is none).
/// </summary>
public static class EventTypeName
{
    public const int MaxLength = NameGrammar.MaxLength;

    public static bool IsValid(string? name) => NameGrammar.IsValid(name);

    /// <returns>Null when <paramref name="name"/> is valid; otherwise a message saying what is wrong.</returns>
    public static string? Validate(string? name) => NameGrammar.Validate(name, "event type");

    /// <summary><c>task.failed</c> gives <c>task</c>; <c>custom</c> gives <c>custom</c>.</summary>
    public static string CategoryOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? name : name[..dot];
    }
}
