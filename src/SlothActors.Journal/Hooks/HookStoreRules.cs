using SlothActors.Events.Hooks;

namespace SlothActors.Journal.Hooks;

/// <summary>The checks every <see cref="IHookStore"/> dialect applies the same way.</summary>
public static class HookStoreRules
{
    /// <summary>Refuses a hook that breaks <see cref="HookDefinitionValidator"/> or has no id, naming every problem.</summary>
    public static void EnsureValid(HookDefinition hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        var problems = HookDefinitionValidator.Validate(hook);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"hook '{hook.Name}' is not valid: {string.Join(" ", problems)}", nameof(hook));
        }

        ArgumentException.ThrowIfNullOrEmpty(hook.Id);
    }

    /// <summary>
    /// True when an upsert would change nothing a user wrote: id, enabled, run counts and times
    /// belong to the store and do not count.
    /// </summary>
    public static bool SameContent(HookDefinition stored, HookDefinition hook) =>
        stored.ScriptSha256 == hook.ScriptSha256
        && stored.Description == hook.Description
        && stored.EventTypes.SequenceEqual(hook.EventTypes)
        && stored.FilePath == hook.FilePath
        && stored.Stack == hook.Stack
        && stored.Timeout == hook.Timeout;
}
