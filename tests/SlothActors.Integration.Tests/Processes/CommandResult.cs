namespace SlothActors.Integration.Tests.Processes;

/// <summary>How a finished process ended and what it printed.</summary>
public sealed record CommandResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
