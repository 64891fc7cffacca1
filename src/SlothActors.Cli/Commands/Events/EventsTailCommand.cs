using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Events;

internal static class EventsTailCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var type = new Option<string?>("--type") { Description = "Only events of this type", HelpName = "TYPE" };
        var stack = new Option<string?>("--stack") { Description = "Only events of this stack", HelpName = "STACK" };
        var command = new Command("tail", "Follow new events as the node accepts them (Ctrl-C to stop).\nExample: sloth events tail --type task.failed") { type, stack };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            await foreach (var reply in context.Client.TailAsync(context.Get(type), context.Get(stack), ct))
            {
                if (context.Json)
                {
                    JsonOutput.Raw(console.Out, reply.Json);
                }
                else
                {
                    console.Out.WriteLine(Line(reply.Value));
                }

                await console.Out.FlushAsync(ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Line(EventView evt) =>
        $"{TimeText.Iso(evt.Timestamp)}  {evt.Type}  {evt.Id}  stack={evt.Stack ?? "-"}  {evt.Data.GetRawText()}";
}
