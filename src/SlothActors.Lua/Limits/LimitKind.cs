namespace SlothActors.Lua.Limits;

/// <summary>Why an execution was stopped from outside the script.</summary>
internal enum LimitKind
{
    None,
    Timeout,
    Instructions,
    Memory,
    Cancelled,
}
