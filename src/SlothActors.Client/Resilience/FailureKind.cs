using Polly.Timeout;
using SlothActors.Client.Delivery;

namespace SlothActors.Client.Resilience;

/// <summary>Which failures say "the collector is unwell" (retry, count for the breaker) and which say "this event is bad".</summary>
internal static class FailureKind
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        CollectorRefusedException refused => refused.IsTransient,
        HttpRequestException or TimeoutRejectedException or IOException => true,
        _ => false,
    };
}
