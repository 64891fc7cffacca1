using System.Data.Common;
using Akka.Actor;
using SlothActors.Engine.Dispatching;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Journal.Recording;

namespace SlothActors.Engine.Recording;

/// <summary>
/// Writes outcomes with group commit: executions, hook run counts and final statuses of a
/// chunk in one transaction. Only after that commit does it tell the dispatcher the events'
/// slots are free and report them to observers, so capacity frees only for durable outcomes.
/// </summary>
/// <remarks>
/// <para>
/// A transient failure (the store says a retry may succeed: busy, connection lost) retries the
/// same chunk after <see cref="RetryDelay"/>, in order; the buffer cannot grow meanwhile because
/// the capacity stays taken until outcomes commit.
/// </para>
/// <para>
/// Any other failure must not jam the engine behind one bad outcome: the chunk is split in
/// halves and each is retried, so good outcomes are recorded and a bad one is isolated in
/// log2(chunk) writes. A single outcome that still fails is replaced by a plain failed status
/// naming the cause (no executions); if even that fails, the event is logged as an error, its
/// slot is freed, and it stays processing in the journal, so start-up recovery runs it again.
/// </para>
/// </remarks>
internal sealed class RecorderActor(EngineContext engine) : UntypedActor, IWithTimers
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly Queue<EventProcessed> _unwritten = new();
    private readonly LinkedList<IReadOnlyList<EventProcessed>> _retries = new();
    private readonly List<IActorRef> _flushWaiters = [];

    // Events whose outcome was replaced by a plain failed status: a second failure gives up.
    private readonly HashSet<string> _replaced = new(StringComparer.Ordinal);
    private bool _writing;
    private bool _backingOff;

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case EventProcessed processed:
                _unwritten.Enqueue(processed);
                TryWrite();
                break;
            case OutcomesRecorded recorded:
                _writing = false;
                Finished(recorded.Chunk, recorded: true);
                TryWrite();
                break;
            case RecordFailed failed:
                _writing = false;
                OnFailed(failed);
                TryWrite();
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

        IReadOnlyList<EventProcessed> chunk;
        if (_retries.First is { } retry)
        {
            _retries.RemoveFirst();
            chunk = retry.Value;
        }
        else
        {
            chunk = Take();
        }

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

    private void OnFailed(RecordFailed failed)
    {
        var chunk = failed.Chunk;
        if (failed.Transient)
        {
            EngineLog.RecordFailed(engine.Log, chunk.Count, failed.Cause);
            _retries.AddFirst(chunk);
            _backingOff = true;
            Timers.StartSingleTimer(nameof(RetryRecord), RetryRecord.Instance, RetryDelay);
            return;
        }

        if (chunk.Count > 1)
        {
            EngineLog.RecordSplit(engine.Log, chunk.Count, failed.Cause);
            var half = chunk.Count / 2;
            _retries.AddFirst(chunk.Skip(half).ToList());
            _retries.AddFirst(chunk.Take(half).ToList());
            return;
        }

        var only = chunk[0];
        if (_replaced.Add(only.Event.Id))
        {
            EngineLog.OutcomeUnrecordable(engine.Log, only.Event.Id, failed.Cause);
            var plain = new EventOutcome(
                only.Event.Id,
                EventStatus.Failed,
                $"the outcome of this event could not be recorded: {failed.Cause.GetType().Name}: {failed.Cause.Message}",
                only.Outcome.ProcessedAt,
                []);
            _retries.AddFirst([only with { Outcome = plain }]);
            return;
        }

        EngineLog.OutcomeLost(engine.Log, only.Event.Id, failed.Cause);
        Finished(chunk, recorded: false);
    }

    private void Finished(IReadOnlyList<EventProcessed> chunk, bool recorded)
    {
        Context.Parent.Tell(new EventsFinished(chunk.Select(p => p.Event.Id).ToList(), recorded));
        if (_replaced.Count > 0)
        {
            foreach (var processed in chunk)
            {
                _replaced.Remove(processed.Event.Id);
            }
        }

        if (!recorded)
        {
            return;
        }

        foreach (var processed in chunk)
        {
            foreach (var execution in processed.Outcome.Executions)
            {
                engine.Observer.Notify(execution, static (o, x) => o.HookExecuted(x));
            }

            engine.Observer.Notify(processed, static (o, p) => o.EventFinished(p.Event, p.Outcome.Status, p.Outcome.Error));
        }
    }

    private void CheckFlushed()
    {
        if (_flushWaiters.Count == 0 || _writing || _retries.Count > 0 || _unwritten.Count > 0)
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
            return new RecordFailed(chunk, ex, IsTransient(ex));
        }
    }

    private static bool IsTransient(Exception ex) => ex is DbException { IsTransient: true } or TimeoutException;
}
