using System.Text.RegularExpressions;

namespace SlothActors.Lua.Loading;

/// <summary>
/// The name grammar shared by hook names, event types and stacks: 1-128 characters of
/// <c>[a-z0-9_.-]</c> starting with a letter. A type pattern may also be <c>*</c> or <c>prefix.*</c>.
/// </summary>
public static partial class HookNames
{
    public const int MaxLength = 128;

    public static bool IsValidName(string? value) => value is { Length: > 0 and <= MaxLength } && NamePattern().IsMatch(value);

    public static bool IsValidTypePattern(string? value) =>
        value == "*" || IsValidName(value) || (value is { Length: > 2 } && value.EndsWith(".*", StringComparison.Ordinal) && IsValidName(value[..^2]));

    public const string Rule = "1-128 characters of a-z, 0-9, '_', '.', '-', starting with a letter";

    [GeneratedRegex("^[a-z][a-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
