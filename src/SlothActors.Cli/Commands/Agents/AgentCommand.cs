using System.CommandLine;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Agents;

/// <summary><c>sloth agent list</c>: the agents (remote processes that run hooks) the cluster knows; <c>sloth agent run</c>: be one.</summary>
internal static class AgentCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var agent = new Command("agent", "Agents: remote processes that run hooks where the event happened");
        var list = new Command("list", "List the cluster's agents: name, address, tags, status, version, last seen.\nExample: sloth agent list");
        CliAction.Set(list, globals, console, async (context, ct) =>
        {
            var reply = await context.Client.ListAgentsAsync(ct);
            context.Write(reply, value =>
            {
                console.Ansi.Write(AgentTable.Of(value.Agents));
                console.Out.WriteLine($"Count: {value.Count} agents");
            });
            return ExitCodes.Success;
        });
        agent.Add(list);
        agent.Add(AgentRunCommand.Create(globals, console));
        return agent;
    }
}
