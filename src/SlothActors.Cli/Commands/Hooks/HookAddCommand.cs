using System.CommandLine;
using SlothActors.Cli.Client;

namespace SlothActors.Cli.Commands.Hooks;

internal static class HookAddCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The hook's Lua file" };
        var stack = new Option<string?>("--stack") { Description = "Run the hook only for events of this stack (default: every stack)", HelpName = "STACK" };
        var name = new Option<string?>("--name") { Description = "Hook name (default: the name the script declares)", HelpName = "NAME" };
        var events = new Option<string[]>("--event")
        {
            Description = "Event type pattern to run on, e.g. task.failed or task.* (repeatable; default: what the script declares)",
            HelpName = "TYPE",
            AllowMultipleArgumentsPerToken = false,
        };
        var disabled = new Option<bool>("--disabled") { Description = "Register the hook switched off" };
        var command = new Command("add", "Register a hook from a Lua file.\nExample: sloth hook add notify.lua --stack production --event task.failed")
        {
            file, stack, name, events, disabled,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var path = context.Get(file);
            var patterns = context.Get(events);
            var request = new AddHook(
                ScriptFile.Read(path), context.Get(name), patterns is { Length: > 0 } ? patterns : null,
                context.Get(stack), !context.Get(disabled), Path.GetFullPath(path));
            var reply = await context.Client.AddHookAsync(request, ct);
            context.Write(reply, hook => console.Out.WriteLine(
                $"Hook {hook.Name} registered ({(hook.Enabled ? "enabled" : "disabled")}; events: {string.Join(", ", hook.EventTypes ?? [])}; stack: {hook.Stack ?? "any"})"));

            return ExitCodes.Success;
        });
        return command;
    }
}
