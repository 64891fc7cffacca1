using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Secrets;

internal static class SecretSetCommand
{
    /// <summary>The node refuses more (SecretCommandHandler); reading stops one character past it.</summary>
    private const int MaxValueChars = 64 * 1024;

    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "Secret name: letters, digits, '_', '.', '-'" };
        var stack = SecretCommand.StackOption();
        var value = new Option<string?>("--value")
        {
            Description = "The value; prefer stdin, which stays out of shell history and the process list",
            HelpName = "VALUE",
        };
        var command = new Command(
            "set",
            "Store or replace a secret; the value is read from stdin (one trailing newline dropped) unless --value is given.\n" +
            "Example: printf %s \"$SLACK_TOKEN\" | sloth secret set slack_token --stack production")
        {
            name, stack, value,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var secret = context.Get(value) ?? await ReadValueAsync(console, ct);
            var reply = await context.Client.SetSecretAsync(context.Get(name), secret, context.Get(stack), ct);
            context.Write(reply, done => console.Out.WriteLine($"Secret {done.Name} stored for stack '{context.Get(stack) ?? ""}'."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> ReadValueAsync(CliConsole console, CancellationToken ct)
    {
        if (console.In is null || console.InIsTerminal)
        {
            throw new CliInputException("no value: pipe it on stdin (printf %s \"$VALUE\" | sloth secret set NAME) or pass --value");
        }

        var buffer = new char[MaxValueChars + 1];
        var read = 0;
        while (read < buffer.Length && await console.In.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0)
        {
            read += n;
        }

        if (read > MaxValueChars)
        {
            throw new CliInputException($"the value on stdin is longer than {MaxValueChars} characters; a secret is a token or a key, not a file");
        }

        var text = new string(buffer, 0, read);
        return text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
    }
}
