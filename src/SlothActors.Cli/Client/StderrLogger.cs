using Akka.Actor;
using Akka.Event;

namespace SlothActors.Cli.Client;

/// <summary>
/// Akka's log for <c>--log-level debug</c>, on stderr: Akka's default logger writes to stdout,
/// which is the command's output (and with <c>-o json</c> a script's input).
/// </summary>
internal sealed class StderrLogger : ReceiveActor
{
    public StderrLogger()
    {
        Receive<InitializeLogger>(_ => Sender.Tell(new LoggerInitialized()));
        Receive<LogEvent>(log => Console.Error.WriteLine(log.ToString()));
    }
}
