using System.CommandLine;
using SlothActors.Node.Protocol;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsCleanupCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var olderThan = new Option<string>("--older-than")
        {
            Description = "Delete finished events older than this, e.g. 720h (30 days), 7d, 1h30m",
            HelpName = "DURATION",
            Required = true,
        };
        olderThan.Validators.Add(result =>
        {
            if (!DurationText.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--older-than must be a duration such as 720h, 30d or 1h30m");
            }
        });
        var command = new Command("cleanup", "Delete old completed and failed events with their executions.\nExample: sloth events cleanup --older-than 720h") { olderThan };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var age = context.Get(olderThan);
            var reply = await context.Client.CleanupEventsAsync(age, ct);
            context.Write(reply, value => console.Out.WriteLine($"Deleted {value.Deleted} events older than {age}."));

            return ExitCodes.Success;
        });
        return command;
    }
}
