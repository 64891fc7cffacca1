using Spectre.Console;

namespace SlothActors.Cli.Output;

internal static class AgentTable
{
    public static Table Of(IReadOnlyList<AgentView> agents)
    {
        var table = Cells.Table("Name", "Address", "Tags", "Status", "Version", "Last Seen");
        foreach (var agent in agents)
        {
            table.AddRow(
                Cells.Of(agent.Name),
                Cells.Of(agent.Address),
                Cells.Of(string.Join(", ", agent.Tags)),
                Cells.Of(agent.Status),
                Cells.Of(agent.Version),
                Cells.Of(TimeText.Of(agent.LastSeen)));
        }

        return table;
    }
}
