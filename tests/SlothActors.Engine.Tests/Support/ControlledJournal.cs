using System.Collections.Concurrent;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Recording;
using SlothActors.Journal.Secrets;
using SlothActors.Journal.State;

namespace SlothActors.Engine.Tests.Support;

/// <summary>A real journal whose appends the test can hold back or fail; everything else passes through.</summary>
internal sealed class ControlledJournal(IEventJournal inner) : IEventJournal
{
    private readonly TaskCompletionSource _firstAppendStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _appendGate = Opened();
    private TaskCompletionSource _recordGate = Opened();
    private bool _recordsWaiting;
    private int _appendedRows;
    private int _claimsAndReleases;

    public Task FirstAppendStarted => _firstAppendStarted.Task;

    public Exception? FailAppendsWith { get; set; }

    /// <summary>Asked before each outcome write: the exception to fail that write with, or null to let it through.</summary>
    public Func<IReadOnlyList<EventOutcome>, Exception?>? FailRecording { get; set; }

    /// <summary>Every outcome write attempted, failed or not, by its size.</summary>
    public ConcurrentQueue<int> RecordAttempts { get; } = new();

    public IStateStore State => inner.State;

    public ISecretStore Secrets => inner.Secrets;

    public void HoldAppends() => _appendGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseAppends() => _appendGate.TrySetResult();

    /// <summary>Outcome writes wait until <see cref="ReleaseRecords"/>, so the outcomes produced meanwhile pile up into one chunk.</summary>
    public void HoldRecords() => _recordGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseRecords() => _recordGate.TrySetResult();

    /// <summary>An outcome write is waiting at the hold.</summary>
    public bool RecordsWaiting => Volatile.Read(ref _recordsWaiting);

    /// <summary>Event rows the engine asked to insert, over every append call.</summary>
    public int AppendedRows => Volatile.Read(ref _appendedRows);

    /// <summary>Calls that write an event's status outside an outcome: claims and releases.</summary>
    public int ClaimsAndReleases => Volatile.Read(ref _claimsAndReleases);

    public async Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Event> events, string? owner, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _appendedRows, events.Count);
        _firstAppendStarted.TrySetResult();
        await _appendGate.Task;
        if (FailAppendsWith is { } failure)
        {
            throw failure;
        }

        return await inner.AppendAsync(events, owner, cancellationToken);
    }

    public Task<int> ReleaseAsync(string owner, IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _claimsAndReleases);
        return inner.ReleaseAsync(owner, eventIds, cancellationToken);
    }

    public Task<int> ReleaseOwnerAsync(string owner, CancellationToken cancellationToken) => inner.ReleaseOwnerAsync(owner, cancellationToken);

    public Task<int> RecoverAllAsync(CancellationToken cancellationToken) => inner.RecoverAllAsync(cancellationToken);

    public async Task RecordAsync(IReadOnlyList<EventOutcome> outcomes, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _recordsWaiting, !_recordGate.Task.IsCompleted);
        await _recordGate.Task;
        RecordAttempts.Enqueue(outcomes.Count);
        if (FailRecording?.Invoke(outcomes) is { } failure)
        {
            throw failure;
        }

        await inner.RecordAsync(outcomes, cancellationToken);
    }

    public Task<Event?> GetEventAsync(string eventId, CancellationToken cancellationToken) => inner.GetEventAsync(eventId, cancellationToken);

    public Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken) =>
        inner.GetEventsAsync(eventIds, cancellationToken);

    public Task<IReadOnlyList<(long Seq, string Id)>> PendingIdsAsync(long afterSeq, int limit, CancellationToken cancellationToken) =>
        inner.PendingIdsAsync(afterSeq, limit, cancellationToken);

    public Task<IReadOnlyList<Event>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken) => inner.ListEventsAsync(query, cancellationToken);

    public Task<IReadOnlyList<Event>> ByCorrelationAsync(string correlationId, int limit, CancellationToken cancellationToken) =>
        inner.ByCorrelationAsync(correlationId, limit, cancellationToken);

    public Task<EventStats> StatsAsync(DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken) =>
        inner.StatsAsync(start, end, cancellationToken);

    public Task<IReadOnlyList<HookExecution>> ExecutionsOfAsync(string eventId, CancellationToken cancellationToken) =>
        inner.ExecutionsOfAsync(eventId, cancellationToken);

    public Task<IReadOnlyList<HookExecution>> HookHistoryAsync(string hookName, int limit, CancellationToken cancellationToken) =>
        inner.HookHistoryAsync(hookName, limit, cancellationToken);

    public Task<IReadOnlyDictionary<EventStatus, long>> CountByStatusAsync(CancellationToken cancellationToken) => inner.CountByStatusAsync(cancellationToken);

    public Task<bool> DeleteEventAsync(string eventId, CancellationToken cancellationToken) => inner.DeleteEventAsync(eventId, cancellationToken);

    public Task<int> CleanupAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) => inner.CleanupAsync(olderThan, cancellationToken);

    public Task AddHookAsync(HookDefinition hook, CancellationToken cancellationToken) => inner.AddHookAsync(hook, cancellationToken);

    public Task<HookDefinition?> GetHookAsync(string name, CancellationToken cancellationToken) => inner.GetHookAsync(name, cancellationToken);

    public Task<IReadOnlyList<HookDefinition>> ListHooksAsync(string? stack, CancellationToken cancellationToken) => inner.ListHooksAsync(stack, cancellationToken);

    public Task<bool> SetHookEnabledAsync(string name, bool enabled, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.SetHookEnabledAsync(name, enabled, now, cancellationToken);

    public Task<bool> RemoveHookAsync(string name, CancellationToken cancellationToken) => inner.RemoveHookAsync(name, cancellationToken);

    public Task<Journal.Hooks.HookUpsertResult> UpsertHookAsync(HookDefinition hook, CancellationToken cancellationToken) =>
        inner.UpsertHookAsync(hook, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private static TaskCompletionSource Opened()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }
}
