namespace SlothActors.Events.Naming;

/// <summary>Hook names share the event type grammar, so they are safe in paths, URLs and logs.</summary>
public static class HookName
{
    public const int MaxLength = NameGrammar.MaxLength;

    public static bool IsValid(string? name) => NameGrammar.IsValid(name);

    /// <returns>Null when <paramref name="name"/> is valid; otherwise a message saying what is wrong.</returns>
    public static string? Validate(string? name) => NameGrammar.Validate(name, "hook name");
}
