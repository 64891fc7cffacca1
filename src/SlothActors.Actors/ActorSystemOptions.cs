using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SlothActors.Actors;

/// <summary>Settings of an <see cref="ActorSystem"/>.</summary>
public sealed record ActorSystemOptions
{
    /// <summary>Clock for the scheduler, ask timeouts and restart windows; tests pass a manual one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Messages an actor processes per turn on a thread before yielding it to other actors.
    /// </summary>
    /// <remarks>Higher favours raw throughput of a busy actor; lower favours fairness.</remarks>
    public int MailboxThroughput { get; init; } = 100;

    /// <summary>Where mailbox runs execute; the thread pool unless a test needs determinism.</summary>
    internal IWorkDispatcher Dispatcher { get; init; } = ThreadPoolDispatcher.Instance;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(LoggerFactory);
        Props.ValidateThroughput(MailboxThroughput);
    }
}
