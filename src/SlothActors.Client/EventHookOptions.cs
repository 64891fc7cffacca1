using System.Text;

namespace SlothActors.Client;

/// <summary>
/// How an <see cref="IEventHook"/> talks to its collector. Defaults are the ecosystem client's:
/// batches of 100 or every 5 s, 3 retries, a breaker that opens after 5 failures for 60 s.
/// </summary>
public sealed record EventHookOptions
{
    /// <summary>Upper bound of <see cref="MaxRetries"/> and of any per-call override.</summary>
    public const int MaxRetriesLimit = 10;

    /// <summary>The node's root, e.g. <c>http://127.0.0.1:8002</c>.</summary>
    public required Uri CollectorUrl { get; init; }

    /// <summary>Stamped as <c>source_system</c>; also the key in <see cref="EventHook.GetAllHookMetricsAsync"/>.</summary>
    public required string SourceSystem { get; init; }

    /// <summary>Sent as <c>Authorization: Bearer</c>; never logged nor printed.</summary>
    public string? ApiToken { get; init; }

    public bool EnableBatching { get; init; }

    public int BatchSize { get; init; } = 100;

    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Events waiting for a flush; past it an emit is <see cref="EmitOutcome.Dropped"/>, so memory stays bounded.</summary>
    public int MaxQueuedEvents { get; init; } = 10_000;

    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; each next one doubles (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Consecutive failed requests that open the breaker.</summary>
    public int CircuitBreakerThreshold { get; init; } = 5;

    /// <summary>How long the breaker stays open before it lets one trial request through.</summary>
    public TimeSpan CircuitBreakerRecovery { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Per HTTP attempt; an attempt past it counts as a failure and is retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Added to the tags of every event.</summary>
    public IReadOnlyList<string> DefaultTags { get; init; } = [];

    public EventHookOptions WithBatching(int batchSize = 100, TimeSpan? batchTimeout = null) =>
        this with { EnableBatching = true, BatchSize = batchSize, BatchTimeout = batchTimeout ?? TimeSpan.FromSeconds(5) };

    public EventHookOptions WithRetries(int maxRetries, TimeSpan? baseDelay = null) =>
        this with { MaxRetries = maxRetries, RetryBaseDelay = baseDelay ?? RetryBaseDelay };

    public EventHookOptions WithCircuitBreaker(int threshold, TimeSpan recovery) =>
        this with { CircuitBreakerThreshold = threshold, CircuitBreakerRecovery = recovery };

    public EventHookOptions WithApiToken(string token) => this with { ApiToken = token };

    /// <exception cref="ArgumentException">A value is out of its range; the message names it.</exception>
    public void Validate()
    {
        if (!CollectorUrl.IsAbsoluteUri || (CollectorUrl.Scheme != Uri.UriSchemeHttp && CollectorUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"CollectorUrl must be an absolute http(s) URL, not '{CollectorUrl}'", nameof(CollectorUrl));
        }

        EventRules.CheckText(SourceSystem, nameof(SourceSystem), EventRules.MaxIdLength);
        foreach (var tag in DefaultTags)
        {
            EventRules.CheckText(tag, nameof(DefaultTags), EventRules.MaxTagLength);
        }

        InRange(BatchSize, 1, 1000, nameof(BatchSize));
        InRange(MaxQueuedEvents, 1, 1_000_000, nameof(MaxQueuedEvents));
        InRange(MaxRetries, 0, MaxRetriesLimit, nameof(MaxRetries));
        InRange(CircuitBreakerThreshold, 1, 1000, nameof(CircuitBreakerThreshold));
        Positive(BatchTimeout, nameof(BatchTimeout));
        Positive(CircuitBreakerRecovery, nameof(CircuitBreakerRecovery));
        Positive(RequestTimeout, nameof(RequestTimeout));
        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < RetryBaseDelay || MaxRetryDelay > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(RetryBaseDelay), "need 0 <= RetryBaseDelay <= MaxRetryDelay <= 1 day");
        }
    }

    private static void InRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and at most a day");
        }
    }

    // The generated ToString would print the token; options end up in logs and exception messages.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"CollectorUrl = {CollectorUrl}, SourceSystem = {SourceSystem}, ApiToken = {(ApiToken is null ? "none" : "***")}, ");
        builder.Append($"EnableBatching = {EnableBatching}, BatchSize = {BatchSize}, BatchTimeout = {BatchTimeout}, ");
        builder.Append($"MaxRetries = {MaxRetries}, CircuitBreakerThreshold = {CircuitBreakerThreshold}, CircuitBreakerRecovery = {CircuitBreakerRecovery}");
        return true;
    }
}
