using SlothActors.Node.Problems;

namespace SlothActors.Node.Hooks;

/// <summary>A hook script was refused (too large, invalid Lua, bad metadata); the problem says why.</summary>
public sealed class HookRejectedException(Problem problem) : Exception(problem.Detail)
{
    public Problem Problem { get; } = problem;
}
