using System.Net;

namespace SlothActors.Client.Delivery;

/// <summary>The collector answered with a non-2xx status.</summary>
public sealed class CollectorRefusedException : Exception
{
    public CollectorRefusedException(HttpStatusCode status, string detail)
        : base($"collector answered {(int)status} {status}: {detail}")
    {
        Status = status;
    }

    public HttpStatusCode Status { get; }

    /// <summary>
    /// 5xx, 408 and 429 may pass on a later try; any other 4xx is about the event or the token
    /// and would fail the same way again.
    /// </summary>
    public bool IsTransient => (int)Status >= 500 || Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
