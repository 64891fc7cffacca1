namespace SlothActors.Events.Hooks;

/// <summary>
/// The stack isolation rule: a hook with stack S runs only for events of stack S; a hook
/// without a stack runs for events of every stack (and of none).
/// </summary>
public static class StackIsolation
{
    public static bool Allows(string? hookStack, string? eventStack) =>
        hookStack is null || string.Equals(hookStack, eventStack, StringComparison.Ordinal);
}
