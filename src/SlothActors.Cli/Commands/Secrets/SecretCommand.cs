using System.CommandLine;

namespace SlothActors.Cli.Commands.Secrets;

/// <summary><c>sloth secret ...</c>: the secrets hooks read with <c>secret.get</c>, per stack.</summary>
internal static class SecretCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var secret = new Command("secret", "Store, list and remove the secrets hooks read with secret.get (values are encrypted on the node and never shown again)");
        secret.Add(SecretSetCommand.Create(globals, console));
        secret.Add(SecretListCommand.Create(globals, console));
        secret.Add(SecretRemoveCommand.Create(globals, console));
        return secret;
    }

    /// <summary>A secret belongs to the stack of the events whose hooks may read it; none means events without a stack.</summary>
    public static Option<string?> StackOption() => new("--stack")
    {
        Description = "The stack whose hooks may read it (default: events without a stack)",
        HelpName = "STACK",
    };
}
