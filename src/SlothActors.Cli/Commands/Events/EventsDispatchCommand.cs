using System.CommandLine;
using SlothActors.Cli.Client;
using SlothActors.Events.Naming;
using SlothActors.Node.Protocol;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsDispatchCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var type = new Argument<string>("TYPE") { Description = "Event type, e.g. task.failed (a-z, 0-9, _ . -, starting with a letter)" };
        type.Validators.Add(result =>
        {
            if (!EventTypeName.IsValid(result.GetValueOrDefault<string>()))
            {
                result.AddError("TYPE must be 1-128 characters of a-z, 0-9, '_', '.', '-', starting with a letter");
            }
        });
        var data = DataOption.Create();
        var stack = new Option<string?>("--stack") { Description = "Stack of the event (hooks of other stacks ignore it)", HelpName = "STACK" };
        var id = new Option<string?>("--id") { Description = "Event id (default: a new UUIDv7); sending the same id again is the same event, stored and run once", HelpName = "ID" };
        var command = new Command("dispatch", "Send an event to the node.\nExample: sloth events dispatch task.failed --data '{\"task\": \"deploy\"}' --stack production")
        {
            type, data, stack, id,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var draft = new EventDraft(context.Get(type), DataOption.Parse(context.Get(data)), context.Get(stack), context.Get(id));
            var reply = await context.Client.DispatchAsync(draft, ct);
            context.Write(reply, value => console.Out.WriteLine($"Event {value.EventId} dispatched ({draft.Type})."));

            return ExitCodes.Success;
        });
        return command;
    }
}
