using System.CommandLine;
using SlothActors.Cli.Client;
using SlothActors.Node.Hosting;

namespace SlothActors.Cli;

/// <summary>
/// Runs a verb's body and turns every failure into a one-line reason on stderr and an exit
/// code; no stack trace ever reaches the user.
/// </summary>
internal static class CliAction
{
    public static void Set(Command command, GlobalOptions globals, CliConsole console, Func<CommandContext, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, ct) =>
        {
            await using var context = new CommandContext(parse, globals, console);
            try
            {
                return await body(context, ct).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                var (code, reason) = Describe(ex);
                await console.Error.WriteLineAsync(reason).ConfigureAwait(false);
                return code;
            }
        });

    internal static (int Code, string Reason) Describe(Exception exception) => exception switch
    {
        NodeUnavailableException unavailable => (ExitCodes.NoNode, unavailable.Message),
        NodeReplyException reply => (ExitCodes.Failure, reply.Message),
        CliInputException input => (ExitCodes.Failure, input.Message),
        NodeOptionsException options => (ExitCodes.Failure, options.Message),
        SlothActors.Commands.Tls.TlsSettingsException tls => (ExitCodes.Failure, tls.Message),
        ArgumentException argument => (ExitCodes.Usage, argument.Message),
        IOException io => (ExitCodes.Failure, io.Message),
        UnauthorizedAccessException denied => (ExitCodes.Failure, denied.Message),
        OperationCanceledException => (ExitCodes.Failure, "cancelled"),
        _ => (ExitCodes.Failure, $"unexpected error: {exception.Message}"),
    };
}
