using SlothActors.Cli.Client;
using Spectre.Console;

namespace SlothActors.Cli.Output;

internal static class HookTables
{
    public static Table List(IReadOnlyList<HookView> hooks)
    {
        var table = Cells.Table("Name", "Event Types", "Stack", "Enabled", "Runs", "Last Run");
        foreach (var hook in hooks)
        {
            table.AddRow(
                Cells.Of(hook.Name),
                Cells.Of(string.Join(", ", hook.EventTypes ?? [])),
                Cells.Of(hook.Stack),
                Cells.Of(hook.Enabled ? "yes" : "no"),
                Cells.Of(hook.RunCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cells.Of(TimeText.Of(hook.LastRun)));
        }

        return table;
    }

    public static Table History(IReadOnlyList<ExecutionView> executions)
    {
        var table = Cells.Table("Event ID", "Status", "Duration", "Executed At", "Error");
        foreach (var run in executions)
        {
            table.AddRow(
                Cells.Of(run.EventId),
                Cells.Status(run.Success),
                Cells.Of(TimeText.Duration(run.DurationMs)),
                Cells.Of(TimeText.Of(run.ExecutedAt)),
                Cells.Of(run.Error));
        }

        return table;
    }
}
