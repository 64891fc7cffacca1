using SlothActors.Engine.Observing;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Node.Metrics;
using SlothActors.Node.Streaming;

namespace SlothActors.Node.Runtime;

/// <summary>What the engine reports goes to the metrics and to the <c>/events/stream</c> subscribers.</summary>
internal sealed class NodeEngineObserver(NodeMetrics metrics, EventStreamHub stream, TimeProvider time) : IEngineObserver
{
    public void EventsAccepted(IReadOnlyList<Event> events)
    {
        foreach (var evt in events)
        {
            metrics.Accepted(evt.Type);
        }

        stream.Publish(events);
    }

    public void EventFinished(Event evt, EventStatus status, string? error)
    {
        // created_at is the node's clock at acceptance; a recovered event's latency includes the downtime, as it should.
        metrics.CompletionLatency.Observe(Math.Max(0, (time.GetUtcNow() - evt.CreatedAt).TotalSeconds));
        if (status == EventStatus.Completed)
        {
            metrics.Completed(evt.Type);
        }
        else if (status == EventStatus.Failed)
        {
            metrics.Failed(evt.Type);
        }
    }

    public void HookExecuted(HookExecution execution) =>
        metrics.HookRan(execution.HookName, execution.Success, TimeSpan.FromMilliseconds(execution.DurationMs));

    public void BatchWritten(int size) => metrics.JournalBatchSize.Observe(size);
}
