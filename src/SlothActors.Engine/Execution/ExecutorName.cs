using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Execution;

/// <summary>
/// Names a hook's executor <c>hook-&lt;name&gt;</c> so a stuck run is recognisable in the actor
/// tree and in logs. Hook names normally fit an actor name; one from a registry that skipped
/// validation (too long, other characters) gets a generated name instead of failing the worker.
/// </summary>
internal static class ExecutorName
{
    private const string Prefix = "hook-";

    // Long enough for any valid hook name; a longer one gets a generated name.
    private const int MaxActorName = 128;

    public static string? For(HookDefinition hook)
    {
        var name = hook.Name;
        if (name.Length is 0 || name.Length > MaxActorName - Prefix.Length)
        {
            return null;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return null;
            }
        }

        return Prefix + name;
    }
}
