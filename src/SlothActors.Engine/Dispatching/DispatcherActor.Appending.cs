using System.Diagnostics;
using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Processing;
using SlothActors.Events;

namespace SlothActors.Engine.Dispatching;

internal sealed partial class DispatcherActor
{
    private readonly Queue<Producer> _unwritten = new();
    private IReadOnlyList<Producer> _writingChunk = [];

    // A producer with an event in a partition whose journal write failed: nothing says its events are durable.
    private static readonly Status.Failure PartFailure = new(new Ingress.EngineUnavailableException(
        "A dispatcher partition's journal write failed, so these events may not be durable; retry with the same ids (a repeated id is the same event)."));
    private bool _writing;

    private void OnDispatch(Dispatch dispatch)
    {
        _unwritten.Enqueue(new Producer(dispatch, Sender));
        TryWrite();
    }

    /// <summary>
    /// Group commit: everything that arrived while the previous write was in flight goes out in
    /// one write, capped at <see cref="EngineOptions.MaxWriteBatch"/> (a single larger call is
    /// never split, so its acknowledgement stays all-or-nothing).
    /// </summary>
    private void TryWrite()
    {
        // Chunks wait while a partition is attaching: a part sent to it before it answered could
        // be lost with an incarnation that stops for a new dispatcher.
        if (_writing || _unwritten.Count == 0 || _attaching > 0)
        {
            return;
        }

        var chunk = new List<Producer>();
        var events = 0;
        var entered = 0;
        while (_unwritten.TryPeek(out var next) && (chunk.Count == 0 || events + next.Dispatch.Events.Count <= _engine.Options.MaxWriteBatch))
        {
            chunk.Add(_unwritten.Dequeue());
            events += next.Dispatch.Events.Count;
            entered += next.Entered;
        }

        _engine.Gate.Taken(entered);
        _writing = true;
        _writingChunk = chunk;
        PersistChunk(chunk);
    }

    /// <summary>Each event's producer span, or null when no producer of the chunk was traced (the usual case: tracing off).</summary>
    private static Dictionary<string, ActivityContext>? TracesOf(IReadOnlyList<Producer> chunk)
    {
        Dictionary<string, ActivityContext>? traces = null;
        foreach (var producer in chunk)
        {
            if (producer.Dispatch.Trace == default)
            {
                continue;
            }

            traces ??= new Dictionary<string, ActivityContext>(StringComparer.Ordinal);
            foreach (var evt in producer.Dispatch.Events)
            {
                traces.TryAdd(evt.Id, producer.Dispatch.Trace);
            }
        }

        return traces;
    }

    private void OnAppendDone(AppendDone done)
    {
        _writing = false;
        _writingChunk = [];
        _reserved -= done.Reserved;
        var traces = TracesOf(done.Chunk);
        foreach (var evt in done.Claimed)
        {
            // A partition let go of meanwhile: the node that takes it over runs the event.
            // Or already run from the backlog: a stranded event's projection may race its writer's.
            if (!RunsHere(evt.Id) || !_inFlight.Add(evt.Id))
            {
                continue;
            }

            _pool.Tell(new ProcessEvent(evt, traces?.GetValueOrDefault(evt.Id) ?? default));
        }

        OnChunkProjected(done, traces);

        var size = 0;
        foreach (var producer in done.Chunk)
        {
            producer.ReplyTo.Tell(ProducerFailed(producer) ? PartFailure : Accepted.Instance);
            size += producer.Dispatch.Events.Count;
        }

        _failedParts.Clear();

        _engine.Observer.Notify(size, static (o, n) => o.BatchWritten(n));
        if (done.Claimed.Count + done.Pending.Count > 0)
        {
            _engine.Observer.Notify(done, static (o, d) => o.EventsAccepted([.. d.Claimed, .. d.Pending]));
        }

        AssertInvariants();
        TryRelease();
        TryWrite();
        TryReadBacklog();
        CheckDrained();
    }

    /// <summary>
    /// Fails the acknowledgements of events this dispatcher will never confirm (it stopped first):
    /// those never written, and those of a write whose result it will not see. The latter may
    /// have landed; a producer that retries with the same ids is safe either way.
    /// </summary>
    private void FailUnconfirmed()
    {
        var unavailable = new Status.Failure(new Ingress.EngineUnavailableException());
        while (_unwritten.TryDequeue(out var producer))
        {
            _engine.Gate.Taken(producer.Entered);
            producer.ReplyTo.Tell(unavailable);
        }

        foreach (var producer in _writingChunk)
        {
            producer.ReplyTo.Tell(unavailable);
        }

        _writingChunk = [];
    }
}
