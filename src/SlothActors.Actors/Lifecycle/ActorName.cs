namespace SlothActors.Actors;

/// <summary>Names are path segments: bounded, no separators, and '$' is reserved for generated names.</summary>
internal static class ActorName
{
    public const int MaxLength = 128;

    public static void Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxLength)
        {
            throw new InvalidActorNameException($"Actor name must be 1-{MaxLength} characters, got {name.Length}.");
        }

        if (name[0] == '$')
        {
            throw new InvalidActorNameException($"Actor name '{name}' must not start with '$' (reserved for generated names).");
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':' or '@' or '+' or '='))
            {
                throw new InvalidActorNameException($"Actor name '{name}' contains '{c}'; use letters, digits and - _ . : @ + =.");
            }
        }
    }
}
