using System.CommandLine;
using SlothActors.Cli.Client;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsTypesCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var local = new Option<bool>("--local") { Description = "Print the catalog built into this CLI instead of asking the node" };
        var command = new Command("types", "List the known event types by category (any other valid name is accepted too).\nExample: sloth events types --local") { local };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var (types, json) = context.Get(local)
                ? (LocalCatalog.Load(), null)
                : await FromNode(context, ct);
            if (context.Json)
            {
                JsonOutput.Raw(console.Out, json ?? EventTypesJson.Of(types));
            }
            else
            {
                console.Ansi.Write(EventTables.Types(types));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<(IReadOnlyList<EventTypeView>, string?)> FromNode(CommandContext context, CancellationToken ct)
    {
        var reply = await context.Client.GetEventTypesAsync(ct);
        return (reply.Value.Types, reply.Json);
    }
}
