namespace SlothActors.Actors;

/// <summary>Request/response from outside an actor (or from async code).</summary>
public static class AskExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> with a temporary sender and completes with its first reply.
    /// A <see cref="Status.Failure"/> reply fails the task with its cause; a reply of another type
    /// fails it with <see cref="InvalidCastException"/>.
    /// </summary>
    /// <exception cref="AskTimeoutException">No reply within <paramref name="timeout"/> (on the system's clock).</exception>
    public static Task<T> Ask<T>(this IActorRef target, object message, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), "An ask timeout must be positive or infinite.");
        }

        var system = (target as IInternalActorRef)?.System;
        var promise = new PromiseActorRef<T>(system, target.Path, message.GetType(), timeout);
        promise.Start(system?.TimeProvider ?? TimeProvider.System, cancellationToken);
        target.Tell(message, promise);
        return promise.Task;
    }
}
