using SlothActors.Cli.Client;
using Spectre.Console;

namespace SlothActors.Cli.Output;

/// <summary>
/// <c>sloth events show</c>, laid out as in the original document: the event header, the
/// hook executions table, then each failed hook's error.
/// </summary>
internal static class EventShowView
{
    public static void Render(CliConsole console, EventView evt, IReadOnlyList<ExecutionView> executions)
    {
        var output = console.Out;
        output.WriteLine($"Event: {evt.Id}");
        output.WriteLine($"Type: {evt.Type}");
        output.WriteLine($"Status: {evt.Status}");
        output.WriteLine($"Created: {TimeText.Of(evt.CreatedAt)}");
        output.WriteLine($"Processed: {TimeText.Of(evt.ProcessedAt)}");
        output.WriteLine();
        output.WriteLine("Hook Executions");
        if (executions.Count == 0)
        {
            output.WriteLine("(no hook has run on this event)");
            return;
        }

        var table = Cells.Table("Hook Name", "Status", "Duration", "Executed At");
        foreach (var run in executions)
        {
            table.AddRow(Cells.Of(run.HookName), Cells.Status(run.Success), Cells.Of(TimeText.Duration(run.DurationMs)), Cells.Of(TimeText.Of(run.ExecutedAt)));
        }

        console.Ansi.Write(table);
        foreach (var failed in executions.Where(run => !run.Success))
        {
            output.WriteLine();
            output.WriteLine($"Hook: {failed.HookName}");
            output.WriteLine("Error:");
            output.WriteLine(failed.Error ?? "(no message)");
        }
    }
}
