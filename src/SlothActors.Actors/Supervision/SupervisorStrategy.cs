namespace SlothActors.Actors;

/// <summary>Decides what happens to a child that threw.</summary>
public abstract class SupervisorStrategy
{
    /// <summary>One-for-one, restart on any failure without limit, stop when the actor cannot even be created.</summary>
    public static readonly SupervisorStrategy Default = new OneForOneStrategy(OneForOneStrategy.DefaultDecider);

    internal abstract Directive Decide(Exception cause);

    /// <summary>True while the child may be restarted once more; false when its budget is spent.</summary>
    internal abstract bool RequestRestartPermission(RestartStatistics statistics, DateTimeOffset now);
}
