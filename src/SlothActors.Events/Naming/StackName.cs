namespace SlothActors.Events.Naming;

/// <summary>
/// Stack names (project or environment): 1-128 characters of letters, digits, '_', '.' and '-'.
/// Looser than the type grammar because stacks name things users already have ("Prod-EU").
/// Comparison is ordinal: "prod" and "Prod" are different stacks.
/// </summary>
public static class StackName
{
    public const int MaxLength = 128;

    public static bool IsValid(string? name) => Validate(name) is null;

    /// <returns>Null when <paramref name="name"/> is valid; otherwise a message saying what is wrong.</returns>
    public static string? Validate(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "stack is empty; leave it out for \"no stack\" or give 1-128 characters.";
        }

        if (name.Length > MaxLength)
        {
            return $"stack is {name.Length} characters long; the maximum is {MaxLength}.";
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return "stack may contain only letters, digits, '_', '.' and '-'.";
            }
        }

        return null;
    }
}
