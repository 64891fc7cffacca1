using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Hooks;

internal static class HookHistoryCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "Hook name" };
        var limit = new Option<int>("--limit") { Description = "How many of the latest executions to show (1-1000)", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError("--limit must be from 1 to 1000");
            }
        });
        var command = new Command("history", "Show a hook's latest executions.\nExample: sloth hook history notify_on_failure --limit 20") { name, limit };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.HookHistoryAsync(context.Get(name), context.Get(limit), ct);
            context.Write(reply, value => console.Ansi.Write(HookTables.History(value.Executions)));

            return ExitCodes.Success;
        });
        return command;
    }
}
