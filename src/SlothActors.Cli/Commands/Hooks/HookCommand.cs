using System.CommandLine;

namespace SlothActors.Cli.Commands.Hooks;

/// <summary><c>sloth hook ...</c>: manage the Lua hooks registered on the node.</summary>
internal static class HookCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var hook = new Command("hook", "Register, inspect and test hooks (Lua scripts run on matching events)");
        hook.Add(HookAddCommand.Create(globals, console));
        hook.Add(HookListCommand.Create(globals, console));
        hook.Add(HookGetCommand.Create(globals, console));
        hook.Add(HookStateCommands.Enable(globals, console));
        hook.Add(HookStateCommands.Disable(globals, console));
        hook.Add(HookStateCommands.Remove(globals, console));
        hook.Add(HookHistoryCommand.Create(globals, console));
        hook.Add(HookTestCommand.Create(globals, console));
        return hook;
    }
}
