using SlothActors.Events.Naming;

namespace SlothActors.Events.Hooks;

/// <summary>Checks a hook definition before it is stored; every problem is reported, not only the first.</summary>
public static class HookDefinitionValidator
{
    public const int MaxPatterns = 32;
    public const int MaxScriptBytes = 1024 * 1024;
    public const int MaxDescriptionLength = 1024;
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);

    /// <returns>An empty list when the hook is valid; otherwise one message per problem.</returns>
    public static IReadOnlyList<string> Validate(HookDefinition hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        var problems = new List<string>();
        Add(problems, HookName.Validate(hook.Name));
        ValidatePatterns(hook.EventTypes, problems);
        if (hook.Stack is not null)
        {
            Add(problems, StackName.Validate(hook.Stack));
        }

        if (string.IsNullOrWhiteSpace(hook.Script))
        {
            problems.Add("the hook script is empty.");
        }
        else if (System.Text.Encoding.UTF8.GetByteCount(hook.Script) > MaxScriptBytes)
        {
            problems.Add($"the hook script is larger than {MaxScriptBytes / 1024} KiB.");
        }
        else if (!string.Equals(hook.ScriptSha256, HookScriptHash.Of(hook.Script), StringComparison.Ordinal))
        {
            problems.Add("script_sha256 does not match the script; compute it with HookScriptHash.Of.");
        }

        if (hook.Description is { Length: > MaxDescriptionLength })
        {
            problems.Add($"the description is longer than {MaxDescriptionLength} characters.");
        }

        if (hook.Timeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > MaxTimeout))
        {
            problems.Add($"timeout {timeout} is out of range; give a positive value of at most {MaxTimeout}.");
        }

        return problems;
    }

    private static void ValidatePatterns(IReadOnlyList<string>? patterns, List<string> problems)
    {
        if (patterns is null || patterns.Count == 0)
        {
            problems.Add("the hook has no event type; give at least one (task.failed, task.* or *).");
            return;
        }

        if (patterns.Count > MaxPatterns)
        {
            problems.Add($"the hook has {patterns.Count} event type patterns; the maximum is {MaxPatterns}.");
            return;
        }

        foreach (var text in patterns)
        {
            if (!HookPattern.TryParse(text, out _, out var error))
            {
                problems.Add(error!);
            }
        }
    }

    private static void Add(List<string> problems, string? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }
}
