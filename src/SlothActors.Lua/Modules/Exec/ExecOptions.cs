using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Exec;

/// <summary><c>exec.run</c>'s command and options <c>{workdir = path, env = {NAME = value}, timeout = seconds}</c>.</summary>
internal sealed record ExecOptions(string Command, string? WorkingDirectory, IReadOnlyDictionary<string, string> Environment, TimeSpan? Timeout)
{
    public const int MaxCommandLength = 64 * 1024;

    public static ExecOptions From(string command, LuaOptions options)
    {
        if (command.Length is 0 or > MaxCommandLength || command.Contains('\0', StringComparison.Ordinal))
        {
            throw new LuaScriptException($"command must be 1 to {MaxCommandLength} characters without NUL");
        }

        var workdir = options.String("workdir");
        if (workdir is not null && !Directory.Exists(workdir))
        {
            throw new LuaScriptException($"workdir '{workdir}' does not exist");
        }

        var environment = options.StringMap("env");
        if (environment.Keys.Any(name => name.Length == 0 || name.Contains('=', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal)))
        {
            throw new LuaScriptException("env names must be non-empty and contain no '=' or NUL");
        }

        return new ExecOptions(command, workdir, environment, ExecutionBudget.Seconds(options.Number("timeout"), "timeout"));
    }
}
