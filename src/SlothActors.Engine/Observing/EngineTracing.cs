using System.Diagnostics;
using SlothActors.Events;

namespace SlothActors.Engine.Observing;

/// <summary>
/// The engine's traces: a <c>dispatch</c> span from accept to durable acknowledgement (a child of
/// whatever called the ingress, an HTTP request for instance), a <c>process event</c> span per
/// event in its worker, and a <c>hook NAME</c> span per hook run in its executor. Nothing is
/// recorded unless a listener (an OpenTelemetry tracer provider) subscribes to <see cref="SourceName"/>.
/// </summary>
/// <remarks>
/// Spans that belong to an actor outlive one message, so they are started and stopped without
/// touching <see cref="Activity.Current"/>: an actor thread runs other actors in between. An event
/// that waits in the backlog keeps its producer's context in memory; one recovered after a restart
/// (or, on a PostgreSQL cluster, claimed from the shared backlog) starts a trace of its own.
/// </remarks>
public static class EngineTracing
{
    public const string SourceName = "SlothActors.Engine";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts a span under <paramref name="parent"/>, leaving the thread's current activity as it was.</summary>
    internal static Activity? StartDetached(string name, ActivityContext parent, Event evt)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var current = Activity.Current;
        var activity = Source.StartActivity(name, ActivityKind.Internal, parent);
        Activity.Current = current;
        if (activity is not null)
        {
            Tag(activity, evt);
        }

        return activity;
    }

    /// <summary>Ends a span started by <see cref="StartDetached"/>, leaving the thread's current activity as it was.</summary>
    internal static void StopDetached(Activity? activity, string? error)
    {
        if (activity is null)
        {
            return;
        }

        if (error is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, error);
        }

        var current = Activity.Current;
        activity.Stop();
        Activity.Current = current;
    }

    internal static void Tag(Activity activity, Event evt)
    {
        activity.SetTag("sloth.event.id", evt.Id);
        activity.SetTag("sloth.event.type", evt.Type);
        if (evt.CorrelationId is { } correlation)
        {
            activity.SetTag("sloth.event.correlation_id", correlation);
        }
    }
}
