using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsShowCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "Event id" };
        var command = new Command("show", "Show an event with its hook executions and each failed hook's error.\nExample: sloth events show 0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") { id };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var eventId = context.Get(id);
            var evt = await context.Client.GetEventAsync(eventId, ct);
            var executions = await context.Client.GetExecutionsAsync(eventId, ct);
            if (context.Json)
            {
                JsonOutput.Raw(console.Out, $"{{\"event\":{evt.Json},\"executions\":{ExecutionsArray(executions.Json)}}}");
            }
            else
            {
                EventShowView.Render(console, evt.Value, executions.Value.Executions);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string ExecutionsArray(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("executions", out var list) ? list.GetRawText() : "[]";
    }
}
