namespace SlothActors.Actors;

/// <summary>
/// The temporary sender of one ask. It lives only in the target's envelope and this task; it is
/// never registered, and its timer and cancellation registration are released on completion.
/// A reply after completion is a dead letter.
/// </summary>
internal sealed class PromiseActorRef<T> : IInternalActorRef
{
    private static long _nextId;
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActorSystem? _system;
    private readonly string _targetPath;
    private readonly Type _messageType;
    private readonly TimeSpan _timeout;
    private ITimer? _timer;
    private CancellationTokenRegistration _cancellation;
    private volatile bool _started;
    private int _released;

    public PromiseActorRef(ActorSystem? system, string targetPath, Type messageType, TimeSpan timeout)
    {
        _system = system;
        _targetPath = targetPath;
        _messageType = messageType;
        _timeout = timeout;
        Path = $"sloth://{system?.Name ?? "none"}/temp/ask-{Interlocked.Increment(ref _nextId)}";
    }

    public string Path { get; }

    public ActorSystem System => _system ?? throw new InvalidOperationException("This ask has no actor system.");

    public ActorCell? Cell => null;

    public Task<T> Task => _completion.Task;

    public void Start(TimeProvider time, CancellationToken cancellationToken)
    {
        if (_timeout != Timeout.InfiniteTimeSpan)
        {
            _timer = time.CreateTimer(static s => ((PromiseActorRef<T>)s!).TimeOut(), this, _timeout, Timeout.InfiniteTimeSpan);
        }

        _cancellation = cancellationToken.UnsafeRegister(static s => ((PromiseActorRef<T>)s!).CancelAsk(), this);
        _started = true;
        if (_completion.Task.IsCompleted)
        {
            Release();
        }
    }

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var completed = message switch
        {
            T reply => _completion.TrySetResult(reply),
            Status.Failure failure => _completion.TrySetException(failure.Cause),
            _ => _completion.TrySetException(new InvalidCastException(
                $"Ask to {_targetPath} expected a {typeof(T).FullName} reply but got a {message.GetType().FullName}.")),
        };
        if (completed)
        {
            Release();
        }
        else
        {
            _system?.DeadLetterOffice.Publish(message, sender, this);
        }
    }

    public void SendSystem(SystemMessage message)
    {
        if (message is WatchRequest watch)
        {
            watch.Watcher.SendSystem(new DeathWatchNotification(this));
        }
    }

    public override string ToString() => Path;

    private void TimeOut()
    {
        if (_completion.TrySetException(new AskTimeoutException(_targetPath, _messageType, _timeout)))
        {
            Release();
        }
    }

    private void CancelAsk()
    {
        if (_completion.TrySetCanceled())
        {
            Release();
        }
    }

    /// <summary>Frees the timer and registration once; before Start finished, Start does it instead.</summary>
    private void Release()
    {
        if (_started && Interlocked.Exchange(ref _released, 1) == 0)
        {
            _timer?.Dispose();
            _cancellation.Dispose();
        }
    }
}
