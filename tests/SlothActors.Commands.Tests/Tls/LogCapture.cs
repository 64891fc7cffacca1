using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Event;

namespace SlothActors.Commands.Tests.Tls;

/// <summary>
/// The warnings and errors an actor system logs, to wait for the line that says why a peer was
/// refused. Subscribed before anything connects, so no line is missed.
/// </summary>
internal sealed class LogCapture
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _added = new(0);

    private LogCapture()
    {
    }

    public IReadOnlyCollection<string> Lines => _lines;

    public static LogCapture Of(ActorSystem system)
    {
        var capture = new LogCapture();
        var listener = system.ActorOf(Props.Create(() => new Listener(capture)));
        system.EventStream.Subscribe(listener, typeof(Warning));
        system.EventStream.Subscribe(listener, typeof(Error));
        return capture;
    }

    /// <summary>The first line containing <paramref name="text"/>, waiting up to <paramref name="within"/>.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            if (_lines.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            try
            {
                await _added.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no log line with '{text}' within {within}; logged:\n{string.Join("\n", _lines)}");
            }
        }
    }

    private sealed class Listener : ReceiveActor
    {
        public Listener(LogCapture capture) =>
            Receive<LogEvent>(e =>
            {
                capture._lines.Enqueue($"{e.LogLevel()}: {e.Message}{(e.Cause is null ? "" : " | " + e.Cause.Message)}");
                capture._added.Release();
            });
    }
}
