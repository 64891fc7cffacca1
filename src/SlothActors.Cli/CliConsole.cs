using Spectre.Console;

namespace SlothActors.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, reasons for failure to <see cref="Error"/>.</summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive = false)
    {
        Out = output;
        Error = error;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output is usually a file or a pipe read by people: keep the box drawing.
            Ansi.Profile.Capabilities.Unicode = true;
            Ansi.Profile.Width = 160;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>For tables; writes to <see cref="Out"/>.</summary>
    public IAnsiConsole Ansi { get; }

    public static CliConsole System() =>
        new(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
}
