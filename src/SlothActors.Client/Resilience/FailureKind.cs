using Polly.Timeout;
using SlothActors.Client.Delivery;

namespace SlothActors.Client.Resilience;

/// <summary>Which failures say "the collector is unwell" (retry, count for the breaker) and which say "this event is bad".</summary>
internal static class FailureKind
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        CollectorRefusedException refused => refused.IsTransient,
        // A cancellation reaching here is not the caller's (that one is checked first): it is a
        // timeout, e.g. HttpClient.Timeout of a client handed in by the application.
        HttpRequestException or TimeoutRejectedException or IOException or OperationCanceledException => true,
        _ => false,
    };
}
