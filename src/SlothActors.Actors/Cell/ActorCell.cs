namespace SlothActors.Actors;

/// <summary>
/// The runtime of one actor: its mailbox, current instance, children and watchers. Everything
/// here except <see cref="ChildrenContainer"/> is touched only from the mailbox run, one at a time.
/// Split by concern: Lifecycle, Supervision, DeathWatch, Children.
/// </summary>
internal sealed partial class ActorCell : IActorContext
{
    [ThreadStatic]
    private static ActorCell? _current;

    private readonly ActorCell? _parent;
    private readonly Props _props;
    private ActorBase? _actor;
    private LifecycleState _state = LifecycleState.Starting;
    private IActorRef? _currentSender;
    private object? _currentMessage;

    public ActorCell(ActorSystem system, ActorCell? parent, Props props, string name, Func<ActorCell, IInternalActorRef>? selfFactory = null)
    {
        System = system;
        _parent = parent;
        _props = props;
        Name = name;
        Path = parent is null ? $"sloth://{system.Name}/{name}" : parent.Path + "/" + name;
        Mailbox = new Mailbox(system.Dispatcher, props.MailboxThroughput ?? system.MailboxThroughput);
        Mailbox.Attach(this);
        SelfRef = selfFactory?.Invoke(this) ?? new LocalActorRef(this);
        _strategy = props.SupervisorStrategy ?? SupervisorStrategy.Default;
    }

    /// <summary>The cell whose factory is running on this thread, for the <see cref="ActorBase"/> constructor.</summary>
    internal static ActorCell? Current => _current;

    public ActorSystem System { get; }

    public string Name { get; }

    public string Path { get; }

    public Mailbox Mailbox { get; }

    public IInternalActorRef SelfRef { get; }

    public IActorRef Self => SelfRef;

    public IActorRef Sender => _currentSender ?? System.DeadLetters;

    public IActorRef Parent => (IActorRef?)_parent?.SelfRef ?? System.DeadLetters;

    /// <summary>Registers the cell and queues its creation; the first message it will ever process.</summary>
    public void Start()
    {
        System.Registry.Add(this);
        Mailbox.PostSystem(new CreateActor());
    }

    public void InvokeUser(Envelope envelope)
    {
        var message = envelope.Message;
        _currentMessage = message;
        _currentSender = envelope.Sender;
        try
        {
            if (message is PoisonPill)
            {
                HandleStop();
            }
            else if (message is not Terminated terminated || ConsumeTerminated(terminated))
            {
                _actor!.InvokeReceive(message);
            }
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
        finally
        {
            _currentMessage = null;
            _currentSender = null;
        }
    }

    public void InvokeSystem(SystemMessage message)
    {
        if (_state == LifecycleState.Stopped)
        {
            HandleAfterStop(message);
            return;
        }

        switch (message)
        {
            case CreateActor:
                HandleCreate();
                break;
            case StopActor:
                HandleStop();
                break;
            case RecreateActor recreate:
                HandleRecreate(recreate.Cause);
                break;
            case ResumeActor:
                HandleResume();
                break;
            case ChildFailed failed:
                HandleChildFailed(failed.Child, failed.Cause);
                break;
            case ChildTerminated terminated:
                HandleChildTerminated(terminated.Child);
                break;
            case WatchRequest watch:
                HandleWatch(watch.Watcher);
                break;
            case UnwatchRequest unwatch:
                HandleUnwatch(unwatch.Watcher);
                break;
            case DeathWatchNotification notice:
                HandleDeathWatchNotification(notice.Actor);
                break;
            default:
                throw new InvalidOperationException($"Unknown system message {message.GetType().Name}.");
        }
    }

    public void LogUnhandled(object message) => KernelLog.Unhandled(System.Log, Path, message.GetType().Name);

    public override string ToString() => Path;

    internal static IInternalActorRef AsInternal(IActorRef actor, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(actor, parameterName);
        return actor as IInternalActorRef
            ?? throw new ArgumentException($"{actor.Path} was not created by an actor system; only kernel refs can be stopped or watched.", parameterName);
    }
}
