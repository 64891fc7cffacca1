using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Secrets;

internal static class SecretListCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var stack = SecretCommand.StackOption();
        var command = new Command("list", "List a stack's secret names (never their values).\nExample: sloth secret list --stack production") { stack };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.ListSecretsAsync(context.Get(stack), ct);
            context.Write(reply, list =>
            {
                foreach (var name in list.Names)
                {
                    console.Out.WriteLine(name);
                }

                console.Out.WriteLine($"Count: {list.Names.Count} secrets in stack '{list.Stack}'");
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
