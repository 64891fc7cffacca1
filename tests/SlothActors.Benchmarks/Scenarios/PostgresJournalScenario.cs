using System.Diagnostics;
using System.Globalization;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal;
using SlothActors.Journal.Postgres;
using SlothActors.Journal.Recording;
using SlothActors.PostgresTesting;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// Raw journal rates on a private throwaway PostgreSQL server: batched appends, claims of pending
/// events in batches, then recording one execution and a final status per event in batches.
/// Options: <c>--events N</c> (100000), <c>--batch N</c> (1000), <c>--fsync on|off</c> (on: durable commits).
/// </summary>
public sealed class PostgresJournalScenario : IBenchmarkScenario
{
    public string Name => "pg-journal";

    public string Description => "PostgreSQL journal append, claim and record rates on a throwaway server (--events, --batch, --fsync)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = IntOption(args, "--events", 100_000);
        var batchSize = IntOption(args, "--batch", 1_000);
        var durable = (Option(args, "--fsync") ?? "on") == "on";
        await using var server = await PostgresServer.StartAsync(PostgresServerOptions.Default.WithDurable(durable));
        var options = new PostgresJournalOptions(await server.CreateDatabaseAsync("bench")).WithSecretKey(new byte[32]);
        await using var journal = await PostgresJournal.OpenAsync(options, cancellationToken);
        var hook = await AddHookAsync(journal, cancellationToken);
        var batches = MakeBatches(count, batchSize);

        var append = await MeasureAsync(async () =>
        {
            foreach (var batch in batches)
            {
                await journal.AppendAsync(batch, null, cancellationToken);
            }
        });
        var claimed = new List<Event>(count);
        var claim = await MeasureAsync(async () =>
        {
            while (true)
            {
                var batch = await journal.ClaimPendingAsync("bench", batchSize, DateTimeOffset.UtcNow, cancellationToken);
                if (batch.Count == 0)
                {
                    return;
                }

                claimed.AddRange(batch);
            }
        });
        var record = await MeasureAsync(async () =>
        {
            foreach (var batch in claimed.Chunk(batchSize))
            {
                await journal.RecordAsync(batch.Select(e => Outcome(e, hook)).ToList(), cancellationToken);
            }
        });

        Console.WriteLine($"events={count} batch={batchSize} fsync={(durable ? "on" : "off")} (claimed {claimed.Count})");
        Report("append", count, append);
        Report("claim", claimed.Count, claim);
        Report("record (1 execution + final status each)", claimed.Count, record);
        Console.WriteLine($"pg-journal: append {count / append.Wall.TotalSeconds:F0} events/s, claim {claimed.Count / claim.Wall.TotalSeconds:F0} events/s, " +
                          $"record {claimed.Count / record.Wall.TotalSeconds:F0} events/s");
        return claimed.Count == count ? 0 : 1;
    }

    // CPU time of this process as well as wall time: it shows how much of the cost is the client's.
    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> MeasureAsync(Func<Task> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await work();
        wall.Stop();
        process.Refresh();
        return (wall.Elapsed, process.TotalProcessorTime - cpu0);
    }

    private static void Report(string what, int count, (TimeSpan Wall, TimeSpan Cpu) time) =>
        Console.WriteLine($"{what}: {time.Wall.TotalSeconds:F2} s, {count / time.Wall.TotalSeconds:N0} events/s, " +
                          $"client CPU {time.Cpu.TotalSeconds:F2} s");

    private static List<Event[]> MakeBatches(int count, int batchSize)
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

    private static async Task<HookDefinition> AddHookAsync(IEventJournal journal, CancellationToken cancellationToken)
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

    private static EventOutcome Outcome(Event evt, HookDefinition hook)
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

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static int IntOption(IReadOnlyList<string> args, string name, int fallback) =>
        Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
