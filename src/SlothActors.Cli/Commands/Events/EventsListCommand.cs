using System.CommandLine;
using SlothActors.Cli.Client;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsListCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var type = new Option<string?>("--type") { Description = "Only events of this type, e.g. task.failed", HelpName = "TYPE" };
        var status = new Option<string?>("--status") { Description = "Only events with this status", HelpName = "pending|processing|completed|failed" };
        status.AcceptOnlyFromAmong("pending", "processing", "completed", "failed");
        var stack = new Option<string?>("--stack") { Description = "Only events of this stack", HelpName = "STACK" };
        var limit = new Option<int>("--limit") { Description = "How many of the latest events to show (1-1000)", DefaultValueFactory = _ => 100 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                result.AddError("--limit must be from 1 to 1000");
            }
        });
        var command = new Command("list", "List recent events, newest first.\nExample: sloth events list --type task.failed --status failed")
        {
            type, status, stack, limit,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var filter = new ListEvents(context.Get(type), context.Get(status), context.Get(stack), context.Get(limit));
            var reply = await context.Client.ListEventsAsync(filter, ct);
            context.Write(reply, value => console.Ansi.Write(EventTables.List(value.Events)));

            return ExitCodes.Success;
        });
        return command;
    }
}
