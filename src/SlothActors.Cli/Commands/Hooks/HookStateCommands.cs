using System.CommandLine;
using SlothActors.Cli.Client;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Hooks;

/// <summary><c>enable</c>, <c>disable</c> and <c>remove</c>: one hook name, one change, one line of output.</summary>
internal static class HookStateCommands
{
    public static Command Enable(GlobalOptions globals, CliConsole console) =>
        Create(globals, console, "enable", "Switch a hook on", "enabled", async (client, name, ct) => (await client.EnableHookAsync(name, ct)).Json);

    public static Command Disable(GlobalOptions globals, CliConsole console) =>
        Create(globals, console, "disable", "Switch a hook off (it stays registered)", "disabled", async (client, name, ct) => (await client.DisableHookAsync(name, ct)).Json);

    public static Command Remove(GlobalOptions globals, CliConsole console) =>
        Create(globals, console, "remove", "Unregister a hook (its execution history is kept)", "removed", async (client, name, ct) =>
        {
            return (await client.RemoveHookAsync(name, ct)).Json;
        });

    private static Command Create(
        GlobalOptions globals, CliConsole console, string verb, string description, string done,
        Func<NodeClient, string, CancellationToken, Task<string>> change)
    {
        var name = new Argument<string>("NAME") { Description = "Hook name" };
        var command = new Command(verb, $"{description}.\nExample: sloth hook {verb} notify_on_failure") { name };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var hook = context.Get(name);
            var json = await change(context.Client, hook, ct);
            if (context.Json)
            {
                JsonOutput.Raw(console.Out, json);
            }
            else
            {
                console.Out.WriteLine($"Hook {hook} {done}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
