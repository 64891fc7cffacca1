using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsDeleteCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "Event id" };
        var command = new Command("delete", "Delete an event and its hook executions.\nExample: sloth events delete 0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") { id };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var eventId = context.Get(id);
            await context.Client.DeleteEventAsync(eventId, ct);
            if (context.Json)
            {
                // The shape this verb has always printed, which scripts read: the event's id, not a name.
                JsonOutput.Raw(console.Out, $"{{\"id\":{System.Text.Json.JsonSerializer.Serialize(eventId, SlothActors.Commands.Serialization.CommandJson.Default.String)},\"status\":\"deleted\"}}");
            }
            else
            {
                console.Out.WriteLine($"Event {eventId} deleted.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
