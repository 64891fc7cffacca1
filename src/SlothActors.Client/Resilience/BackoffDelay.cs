namespace SlothActors.Client.Resilience;

/// <summary>
/// The wait before retry <c>n</c> (0-based): <c>base * 2^n</c>, spread by +-20% so that many
/// clients failing together do not retry in lockstep, and capped.
/// </summary>
internal static class BackoffDelay
{
    public const double Jitter = 0.2;

    public static TimeSpan For(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double unitRandom)
    {
        var doubled = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var jittered = doubled * (1 - Jitter + (2 * Jitter * unitRandom));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
