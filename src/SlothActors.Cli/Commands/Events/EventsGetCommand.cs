using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsGetCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "Event id" };
        var command = new Command("get", "Show one event as JSON.\nExample: sloth events get 0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") { id };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.GetEventAsync(context.Get(id), ct);
            context.Write(reply, _ => JsonOutput.Indented(console.Out, reply.Json));

            return ExitCodes.Success;
        });
        return command;
    }
}
