using Microsoft.Extensions.Logging;

namespace SlothActors.Actors;

/// <summary>
/// Hosts actors: creates top-level actors under the <c>/user</c> guardian, owns the scheduler,
/// dead letters and the registry of live actors. Create one with <see cref="Create"/>.
/// </summary>
public sealed class ActorSystem
{
    private const int MaxNameLength = 64;
    private readonly ActorCell _guardian;
    private readonly TimerScheduler _scheduler;
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _terminating;

    private ActorSystem(string name, ActorSystemOptions options)
    {
        Name = name;
        TimeProvider = options.TimeProvider;
        Dispatcher = options.Dispatcher;
        MailboxThroughput = options.MailboxThroughput;
        Log = options.LoggerFactory.CreateLogger("SlothActors.Actors." + name);
        DeadLetterOffice = new DeadLetterOffice(Log, TimeProvider);
        DeadLetters = new DeadLettersRef(this);
        _scheduler = new TimerScheduler(TimeProvider);
        _guardian = new ActorCell(this, null, Props.Create(static () => new GuardianActor()), "user");
        _guardian.Start();
    }

    public string Name { get; }

    public TimeProvider TimeProvider { get; }

    public IScheduler Scheduler => _scheduler;

    public ILogger Log { get; }

    /// <summary>Replies sent here are counted as dead letters.</summary>
    public IActorRef DeadLetters { get; }

    /// <summary>Messages that reached no live actor since the system started.</summary>
    public long DeadLetterCount => DeadLetterOffice.Count;

    /// <summary>Actors currently alive, the guardian included.</summary>
    public int LiveActorCount => Registry.Count;

    /// <summary>Completes once every actor stopped after <see cref="Terminate"/>.</summary>
    public Task WhenTerminated => _terminated.Task;

    internal IWorkDispatcher Dispatcher { get; }

    internal int MailboxThroughput { get; }

    internal DeadLetterOffice DeadLetterOffice { get; }

    internal ActorRegistry Registry { get; } = new();

    /// <param name="name">1-64 letters, digits, '-' or '_'.</param>
    public static ActorSystem Create(string name, ActorSystemOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length > MaxNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"System name must be 1-{MaxNameLength} letters, digits, '-' or '_'.", nameof(name));
        }

        options ??= new ActorSystemOptions();
        options.Validate();
        return new ActorSystem(name, options);
    }

    /// <summary>Creates a top-level actor, supervised by the guardian with the default strategy.</summary>
    /// <exception cref="InvalidOperationException">The system is terminating.</exception>
    public IActorRef ActorOf(Props props, string? name = null) => _guardian.SpawnChild(props, name).SelfRef;

    /// <summary>Stops the actor after its current message; queued messages become dead letters.</summary>
    public void Stop(IActorRef actor) => ActorCell.AsInternal(actor, nameof(actor)).SendSystem(new StopActor());

    /// <summary>The live actor at <paramref name="path"/>, or null.</summary>
    public IActorRef? Lookup(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Registry.Find(path);
    }

    /// <summary>
    /// Stops every actor, children before their parents, each after its current message with
    /// PostStop run; cancels scheduled messages. Completes when all are stopped.
    /// </summary>
    public Task Terminate()
    {
        if (Interlocked.Exchange(ref _terminating, 1) == 0)
        {
            _guardian.Mailbox.PostSystem(new StopActor());
        }

        return WhenTerminated;
    }

    internal void OnGuardianStopped()
    {
        _scheduler.CancelAll();
        KernelLog.SystemTerminated(Log, Name);
        _terminated.TrySetResult();
    }

    public override string ToString() => $"sloth://{Name}";
}
