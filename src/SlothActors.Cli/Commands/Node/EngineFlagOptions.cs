using System.CommandLine;
using SlothActors.Node.Hosting;
using SlothActors.Node.Protocol;
using SlothActors.Node.Runtime;

namespace SlothActors.Cli.Commands.Node;

/// <summary>
/// The engine and Lua settings of <c>sloth node run</c>; each also reads from appsettings.json
/// (sections <c>engine</c>, <c>lua</c>) and the environment (<c>SLOTH_ENGINE__WORKERS</c>, ...).
/// </summary>
internal sealed class EngineFlagOptions
{
    private readonly Option<int?> _workers = new("--workers") { Description = "Event workers in the pool (default: 100) [env: SLOTH_ENGINE__WORKERS]", HelpName = "COUNT" };
    private readonly Option<int?> _capacity = new("--capacity") { Description = "Events held in memory at most; more wait in the journal (default: 1000) [env: SLOTH_ENGINE__CAPACITY]", HelpName = "COUNT" };
    private readonly Option<int?> _threads = new("--execution-threads") { Description = "Threads that run hooks (default: max(32, 4 x cores)) [env: SLOTH_ENGINE__EXECUTIONTHREADS]", HelpName = "COUNT" };
    private readonly Option<string?> _fallback = new("--fallback-interval") { Description = "How often pending events are looked for, e.g. 5s (default: 5s) [env: SLOTH_ENGINE__FALLBACKINTERVAL=00:00:05]", HelpName = "DURATION" };
    private readonly Option<string?> _grace = new("--grace-period") { Description = "How long Ctrl-C/SIGTERM lets in-flight events finish, e.g. 30s (default: 30s) [env: SLOTH_ENGINE__GRACEPERIOD=00:00:30]", HelpName = "DURATION" };
    private readonly Option<string?> _hookTimeout = new("--hook-timeout") { Description = "Timeout of a hook that sets none, e.g. 30s (default: 30s) [env: SLOTH_ENGINE__DEFAULTHOOKTIMEOUT=00:00:30]", HelpName = "DURATION" };
    private readonly Option<bool> _exec = new("--exec") { Description = "Let hooks run commands with exec.run (the default) [env: SLOTH_LUA__EXECENABLED=true]" };
    private readonly Option<bool> _noExec = new("--no-exec") { Description = "Refuse exec.run in hooks [env: SLOTH_LUA__EXECENABLED=false]" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _workers, _capacity, _threads, _fallback, _grace, _hookTimeout, _exec, _noExec })
        {
            command.Add(option);
        }
    }

    public NodeSettings Apply(CommandContext context, NodeSettings settings)
    {
        if (context.Get(_exec) && context.Get(_noExec))
        {
            throw new NodeOptionsException("--exec and --no-exec contradict each other; give one");
        }

        var engine = settings.Engine with
        {
            Workers = context.Get(_workers) ?? settings.Engine.Workers,
            Capacity = context.Get(_capacity) ?? settings.Engine.Capacity,
            ExecutionThreads = context.Get(_threads) ?? settings.Engine.ExecutionThreads,
            FallbackInterval = Duration(context.Get(_fallback), "--fallback-interval") ?? settings.Engine.FallbackInterval,
            GracePeriod = Duration(context.Get(_grace), "--grace-period") ?? settings.Engine.GracePeriod,
            DefaultHookTimeout = Duration(context.Get(_hookTimeout), "--hook-timeout") ?? settings.Engine.DefaultHookTimeout,
        };
        try
        {
            engine.EnsureValid();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new NodeOptionsException($"engine setting {ex.ParamName} is out of range: {ex.Message.Split('\n')[0]}");
        }

        var exec = context.Get(_exec) || (!context.Get(_noExec) && settings.Lua.ExecEnabled);
        return settings with { Engine = engine, Lua = settings.Lua with { ExecEnabled = exec } };
    }

    private static TimeSpan? Duration(string? text, string name) =>
        text is null ? null
        : DurationText.TryParse(text, out var value) ? value
        : throw new NodeOptionsException($"{name} '{text}' is not a duration: use NUMBER UNIT parts with units d, h, m, s, e.g. 5s, 2m or 1h30m");
}
