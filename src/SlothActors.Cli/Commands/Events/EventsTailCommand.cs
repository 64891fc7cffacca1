using System.CommandLine;
using System.Text.Json;
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
            await foreach (var json in context.Client.TailAsync(context.Get(type), context.Get(stack), ct))
            {
                if (context.Json)
                {
                    JsonOutput.Raw(console.Out, json);
                }
                else
                {
                    console.Out.WriteLine(Line(json));
                }

                await console.Out.FlushAsync(ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Line(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "-";
        return $"{Text("timestamp")}  {Text("type")}  {Text("id")}  stack={Text("stack")}  {root.GetProperty("data").GetRawText()}";
    }
}
