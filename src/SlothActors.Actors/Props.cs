namespace SlothActors.Actors;

/// <summary>Immutable recipe for an actor: how to create it, supervise its children and route to it.</summary>
public sealed record Props
{
    internal const int MaxThroughput = 100_000;

    private Props(Func<ActorBase> factory) => Factory = factory;

    /// <summary>Called for the first incarnation and again on every restart.</summary>
    internal Func<ActorBase> Factory { get; }

    /// <summary>How this actor supervises its children; overrides <c>ActorBase.SupervisorStrategy()</c>.
    /// On a router, it supervises the routees.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; private init; }

    public RouterConfig? Router { get; private init; }

    /// <summary>Overrides <see cref="ActorSystemOptions.MailboxThroughput"/> for this actor.</summary>
    public int? MailboxThroughput { get; private init; }

    /// <summary><paramref name="factory"/> must return a new instance on every call.</summary>
    public static Props Create<T>(Func<T> factory)
        where T : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Props(factory);
    }

    public static Props Create<T>()
        where T : ActorBase, new() => new(static () => new T());

    public Props WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { SupervisorStrategy = strategy };
    }

    public Props WithRouter(RouterConfig router)
    {
        ArgumentNullException.ThrowIfNull(router);
        return this with { Router = router };
    }

    public Props WithMailboxThroughput(int messagesPerRun)
    {
        ValidateThroughput(messagesPerRun);
        return this with { MailboxThroughput = messagesPerRun };
    }

    internal Props ForRoutee() => this with { Router = null, SupervisorStrategy = null };

    internal static void ValidateThroughput(int messagesPerRun)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(messagesPerRun, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(messagesPerRun, MaxThroughput);
    }
}
