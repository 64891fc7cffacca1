namespace SlothActors.Lua.Modules.Env;

/// <summary>
/// The rule that keeps the node's own credentials away from hooks: a variable whose name starts
/// with <c>SLOTH_</c> and contains <c>TOKEN</c>, <c>SECRET</c>, <c>PASSWORD</c>, <c>PASSWD</c>,
/// <c>KEY</c> or <c>CREDENTIAL</c> (any case) reads as unset. Hooks get their secrets from the
/// <c>secret</c> module, which is scoped per stack.
/// </summary>
public static class HiddenVariables
{
    private static readonly string[] SecretWords = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY", "CREDENTIAL"];

    public static bool IsHidden(string name) =>
        name.StartsWith("SLOTH_", StringComparison.OrdinalIgnoreCase)
        && SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
}
