namespace SlothActors.Cli;

/// <summary>Input the command line parser could not check (a file, a JSON argument) is bad.</summary>
public sealed class CliInputException(string message) : Exception(message);
