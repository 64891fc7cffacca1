namespace SlothActors.Actors;

/// <summary>
/// Applies the decider's directive to the failed child only. A restart budget of
/// <c>maxNrOfRetries</c> within <c>withinTimeRange</c> is kept per child; past it the child is stopped.
/// </summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    private readonly Func<Exception, Directive> _decider;

    /// <summary>Unlimited restarts.</summary>
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, Timeout.InfiniteTimeSpan, decider)
    {
    }

    /// <param name="maxNrOfRetries">Restarts allowed per window; negative means unlimited, 0 means stop at once.</param>
    /// <param name="withinTimeRange">The window; <see cref="Timeout.InfiniteTimeSpan"/> counts restarts forever.</param>
    public OneForOneStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider)
    {
        ArgumentNullException.ThrowIfNull(decider);
        if (withinTimeRange <= TimeSpan.Zero && withinTimeRange != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(withinTimeRange), "The window must be positive or infinite.");
        }

        MaxNrOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange;
        _decider = decider;
    }

    public int MaxNrOfRetries { get; }

    public TimeSpan WithinTimeRange { get; }

    /// <summary>Stop when the actor failed to start, restart otherwise.</summary>
    public static Directive DefaultDecider(Exception cause) =>
        cause is ActorInitializationException ? Directive.Stop : Directive.Restart;

    internal override Directive Decide(Exception cause) => _decider(cause);

    internal override bool RequestRestartPermission(RestartStatistics statistics, DateTimeOffset now) =>
        statistics.RequestRestartPermission(now, MaxNrOfRetries, WithinTimeRange);

    public override string ToString() =>
        MaxNrOfRetries < 0 ? "OneForOne(unlimited restarts)" : $"OneForOne(max {MaxNrOfRetries} restarts within {WithinTimeRange})";
}
