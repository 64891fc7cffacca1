using SlothActors.Lua.Interop;
namespace SlothActors.Lua.Modules.Support;

/// <summary>How long a blocking call may take: its own timeout, cut to what is left before the execution's deadline.</summary>
internal static class ExecutionBudget
{
    /// <exception cref="LuaScriptException">The deadline has already passed.</exception>
    public static TimeSpan Effective(HookExecutionContext context, TimeProvider time, TimeSpan? requested)
    {
        var left = context.Deadline - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            throw new LuaScriptException("the execution's deadline has passed");
        }

        return requested is { } wanted && wanted < left ? wanted : left;
    }

    /// <summary>A timeout in seconds from Lua: positive and finite.</summary>
    public static TimeSpan? Seconds(double? seconds, string what) => seconds switch
    {
        null => null,
        > 0 and < 86_400 * 7 => TimeSpan.FromSeconds(seconds.Value),
        _ => throw new LuaScriptException($"{what} must be a positive number of seconds, got {seconds}"),
    };
}
