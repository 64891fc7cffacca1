namespace SlothActors.Events.Hooks;

public enum HookPatternKind
{
    /// <summary><c>task.failed</c>: that one type.</summary>
    Exact,

    /// <summary><c>task.*</c>: every type whose name starts with <c>task.</c>.</summary>
    Prefix,

    /// <summary><c>*</c>: every type.</summary>
    All,
}
