using System.CommandLine;
using SlothActors.Cli.Commands.Agents;
using SlothActors.Cli.Commands.Cluster;
using SlothActors.Cli.Commands.Events;
using SlothActors.Cli.Commands.Hooks;
using SlothActors.Cli.Commands.Node;
using SlothActors.Cli.Commands.Secrets;

namespace SlothActors.Cli;

/// <summary>The <c>sloth</c> command tree and its entry point.</summary>
public static class SlothCli
{
    public static RootCommand Build(CliConsole console)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand(
            "sloth: run a SlothActors node and manage its hooks, events, secrets and cluster (Petabridge's pbm, for SlothActors).\n" +
            $"Talks to the node's command host over Akka remoting at --node (default {GlobalOptions.DefaultNode}), the node's --remote-port, never at its HTTP port.\n" +
            "Exit codes: 0 success, 1 failure reply or bad input, 2 usage error, 3 no node.");
        globals.AddTo(root);
        root.Add(NodeRunCommand.Create(globals, console));
        root.Add(HookCommand.Create(globals, console));
        root.Add(EventsCommand.Create(globals, console));
        root.Add(ClusterCommand.Create(globals, console));
        root.Add(SecretCommand.Create(globals, console));
        root.Add(AgentCommand.Create(globals, console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = Build(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'sloth --help' (or 'sloth VERB --help') for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Signals are left to the node host (graceful shutdown) and to the default handler
            // elsewhere, so that Ctrl-C is never cut short by the parser's own timeout.
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
