using System.CommandLine;
using SlothActors.Cli.Client;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Hooks;

internal static class HookTestCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var target = new Argument<string>("FILE|NAME") { Description = "A hook file to try, or the name of a registered hook" };
        var type = new Option<string>("--event") { Description = "Type of the test event, e.g. task.failed", HelpName = "TYPE", Required = true };
        var data = DataOption.Create();
        var stack = new Option<string?>("--stack") { Description = "Stack of the test event", HelpName = "STACK" };
        var command = new Command(
            "test",
            "Run a hook on an event without recording anything; exits 1 when the hook fails.\n" +
            "Example: sloth hook test notify.lua --event task.failed --data '{\"task\": \"deploy\"}'")
        {
            target, type, data, stack,
        };
        CliAction.Set(command, globals, console, async (context, ct) =>
        {
            var what = context.Get(target);
            var isFile = File.Exists(what);
            var request = new TestHook(
                isFile ? ScriptFile.Read(what) : null,
                isFile ? null : what,
                new EventDraft(context.Get(type), DataOption.Parse(context.Get(data)), context.Get(stack)));
            var reply = await context.Client.TestHookAsync(request, ct);
            var result = reply.Value;
            context.Write(reply, _ =>
            {
                console.Out.WriteLine($"{(result.Success ? "✅ Success" : "❌ Failed")} ({TimeText.Duration(result.DurationMs)})");
                if (!string.IsNullOrEmpty(result.Output))
                {
                    console.Out.WriteLine("Output:");
                    console.Out.WriteLine(result.Output);
                }

                if (!string.IsNullOrEmpty(result.Error))
                {
                    console.Out.WriteLine("Error:");
                    console.Out.WriteLine(result.Error);
                }
            });

            return result.Success ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
