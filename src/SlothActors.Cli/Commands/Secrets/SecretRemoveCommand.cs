using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Secrets;

internal static class SecretRemoveCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "Secret name" };
        var stack = SecretCommand.StackOption();
        var command = new Command("remove", "Remove a secret; hooks reading it get nil afterwards.\nExample: sloth secret remove slack_token --stack production") { name, stack };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.RemoveSecretAsync(context.Get(name), context.Get(stack), ct);
            context.Write(reply, done => console.Out.WriteLine($"Secret {done.Name} removed."));
            return ExitCodes.Success;
        });
        return command;
    }
}
