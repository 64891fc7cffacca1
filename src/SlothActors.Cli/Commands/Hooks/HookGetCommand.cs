using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Hooks;

internal static class HookGetCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "Hook name" };
        var command = new Command("get", "Show one hook, script included, as JSON.\nExample: sloth hook get notify_on_failure") { name };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.GetHookAsync(context.Get(name), ct);
            context.Write(reply, _ => JsonOutput.Indented(console.Out, reply.Json));

            return ExitCodes.Success;
        });
        return command;
    }
}
