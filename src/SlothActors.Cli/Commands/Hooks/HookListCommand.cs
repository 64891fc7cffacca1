using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Hooks;

internal static class HookListCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var stack = new Option<string?>("--stack") { Description = "Only hooks of this stack", HelpName = "STACK" };
        var command = new Command("list", "List registered hooks.\nExample: sloth hook list --stack production") { stack };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.ListHooksAsync(context.Get(stack), ct);
            context.Write(reply, value => console.Ansi.Write(HookTables.List(value.Hooks)));

            return ExitCodes.Success;
        });
        return command;
    }
}
