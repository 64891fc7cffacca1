using System.Diagnostics;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal;
using SlothActors.Journal.Recording;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>The events, hook and outcomes the raw journal scenarios feed to either dialect, and how a phase is timed.</summary>
internal static class JournalWorkload
{
    public static List<Event[]> MakeBatches(int count, int batchSize)
    {
        var now = DateTimeOffset.UtcNow;
        return Enumerable.Range(0, count)
            .Select(i => new Event
            {
                Id = EventIds.New(),
                Type = "task.completed",
                Timestamp = now,
                CreatedAt = now,
                Data = $$"""{"task":"build","n":{{i}}}""",
                Source = "bench",
            })
            .Chunk(batchSize)
            .ToList();
    }

    public static async Task<HookDefinition> AddHookAsync(IEventJournal journal, CancellationToken cancellationToken)
    {
        const string script = "function on_event(e) return true end";
        var now = DateTimeOffset.UtcNow;
        var hook = new HookDefinition
        {
            Id = "bench-hook",
            Name = "bench",
            EventTypes = ["task.*"],
            Script = script,
            ScriptSha256 = HookScriptHash.Of(script),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await journal.AddHookAsync(hook, cancellationToken);
        return hook;
    }

    /// <summary>One successful execution of <paramref name="hook"/> and a completed status.</summary>
    public static EventOutcome Outcome(Event evt, HookDefinition hook)
    {
        var execution = new HookExecution
        {
            EventId = evt.Id,
            HookId = hook.Id,
            HookName = hook.Name,
            Success = true,
            DurationMs = 0,
            ExecutedAt = evt.CreatedAt,
        };
        return new EventOutcome(evt.Id, EventStatus.Completed, null, evt.CreatedAt, [execution]);
    }

    // CPU time of this process as well as wall time: on a shared, loaded machine events per CPU-second is
    // the steadier figure, and against a server it shows how much of the cost is the client's.
    public static async Task<(TimeSpan Wall, TimeSpan Cpu)> MeasureAsync(Func<Task> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await work();
        wall.Stop();
        process.Refresh();
        return (wall.Elapsed, process.TotalProcessorTime - cpu0);
    }
}
