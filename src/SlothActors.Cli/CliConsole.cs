using Spectre.Console;

namespace SlothActors.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, reasons for failure to <see cref="Error"/>.</summary>
public sealed class CliConsole
{
    /// <param name="input">What <c>secret set</c> reads a value from; none means the process has no input to give.</param>
    /// <param name="inputIsTerminal">A person at a keyboard rather than a pipe: a value is never read from there.</param>
    public CliConsole(TextWriter output, TextWriter error, bool interactive = false, TextReader? input = null, bool inputIsTerminal = false)
    {
        Out = output;
        Error = error;
        In = input;
        InIsTerminal = inputIsTerminal;
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

    public TextReader? In { get; }

    public bool InIsTerminal { get; }

    /// <summary>For tables; writes to <see cref="Out"/>.</summary>
    public IAnsiConsole Ansi { get; }

    public static CliConsole System() =>
        new(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, Console.In, inputIsTerminal: !Console.IsInputRedirected);
}
