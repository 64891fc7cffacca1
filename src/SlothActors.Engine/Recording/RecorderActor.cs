using SlothActors.Actors;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Processing;
using SlothActors.Journal.Recording;

namespace SlothActors.Engine.Recording;

/// <summary>
/// Writes outcomes with group commit: executions, hook run counts and final statuses of a
/// chunk in one transaction. Only after that commit does it tell the dispatcher the events'
/// slots are free and report them to observers, so capacity frees only for durable outcomes.
/// </summary>
/// <remarks>
/// A failed write is retried after <see cref="RetryDelay"/>, the chunk kept in order; the
/// buffer cannot grow meanwhile because the capacity stays taken until outcomes commit.
/// </remarks>
internal sealed class RecorderActor(EngineContext engine) : ActorBase
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly Queue<EventProcessed> _unwritten = new();
    private readonly List<IActorRef> _flushWaiters = [];
    private IReadOnlyList<EventProcessed>? _retry;
    private bool _writing;
    private bool _backingOff;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case EventProcessed processed:
                _unwritten.Enqueue(processed);
                TryWrite();
                break;
            case OutcomesRecorded recorded:
                OnRecorded(recorded);
                break;
            case RecordFailed failed:
                _writing = false;
                _backingOff = true;
                _retry = failed.Chunk;
                EngineLog.RecordFailed(engine.Log, failed.Chunk.Count, failed.Cause);
                Context.System.Scheduler.ScheduleTellOnce(RetryDelay, Self, RetryRecord.Instance, Self);
                break;
            case RetryRecord:
                _backingOff = false;
                TryWrite();
                break;
            case Flush:
                _flushWaiters.Add(Sender);
                CheckFlushed();
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void TryWrite()
    {
        if (_writing || _backingOff)
        {
            return;
        }

        var chunk = _retry ?? Take();
        _retry = null;
        if (chunk.Count == 0)
        {
            CheckFlushed();
            return;
        }

        _writing = true;
        WriteAsync(engine.Recorder, chunk).PipeTo(Self);
    }

    private List<EventProcessed> Take()
    {
        var chunk = new List<EventProcessed>(Math.Min(_unwritten.Count, engine.Options.MaxWriteBatch));
        while (chunk.Count < engine.Options.MaxWriteBatch && _unwritten.TryDequeue(out var next))
        {
            chunk.Add(next);
        }

        return chunk;
    }

    private void OnRecorded(OutcomesRecorded recorded)
    {
        _writing = false;
        Context.Parent.Tell(new EventsFinished(recorded.Chunk.Select(p => p.Event.Id).ToList()));
        foreach (var processed in recorded.Chunk)
        {
            foreach (var execution in processed.Outcome.Executions)
            {
                engine.Observer.Notify(execution, static (o, x) => o.HookExecuted(x));
            }

            engine.Observer.Notify(processed, static (o, p) => o.EventFinished(p.Event, p.Outcome.Status, p.Outcome.Error));
        }

        TryWrite();
    }

    private void CheckFlushed()
    {
        if (_flushWaiters.Count == 0 || _writing || _retry is not null || _unwritten.Count > 0)
        {
            return;
        }

        foreach (var waiter in _flushWaiters)
        {
            waiter.Tell(Flushed.Instance);
        }

        _flushWaiters.Clear();
    }

    private static async Task<object> WriteAsync(IExecutionRecorder recorder, IReadOnlyList<EventProcessed> chunk)
    {
        try
        {
            await recorder.RecordAsync(chunk.Select(p => p.Outcome).ToList(), CancellationToken.None).ConfigureAwait(false);
            return new OutcomesRecorded(chunk);
        }
        catch (Exception ex)
        {
            return new RecordFailed(chunk, ex);
        }
    }
}
