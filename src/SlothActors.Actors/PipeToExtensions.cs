namespace SlothActors.Actors;

/// <summary>
/// Receive is synchronous: start async work in it and pipe the outcome back as a message, so the
/// actor's state is only ever touched from its own receive.
/// </summary>
public static class PipeToExtensions
{
    /// <summary>On success tells the result (or <paramref name="success"/>'s mapping), on failure a
    /// <see cref="Status.Failure"/> (or <paramref name="failure"/>'s mapping).</summary>
    public static async Task PipeTo<T>(this Task<T> task, IActorRef recipient, IActorRef? sender = null,
        Func<T, object>? success = null, Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        object message;
        try
        {
            var result = await task.ConfigureAwait(false);
            message = success is null ? (object?)result ?? new Status.Success(null) : success(result);
        }
        catch (Exception ex)
        {
            message = failure is null ? new Status.Failure(ex) : failure(ex);
        }

        recipient.Tell(message, sender);
    }

    /// <summary>On success tells <see cref="Status.Success"/>, on failure <see cref="Status.Failure"/>.</summary>
    public static async Task PipeTo(this Task task, IActorRef recipient, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        object message;
        try
        {
            await task.ConfigureAwait(false);
            message = new Status.Success(null);
        }
        catch (Exception ex)
        {
            message = new Status.Failure(ex);
        }

        recipient.Tell(message, sender);
    }
}
