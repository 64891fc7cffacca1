using System.Diagnostics;
using System.Globalization;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal;
using SlothActors.Journal.Recording;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// Raw journal rates on SQLite: batched appends (the ceiling the engine is measured against),
/// then recording one execution and a final status per event in batches.
/// Options: <c>--events N</c> (200000), <c>--batch N</c> (1000), <c>--sync full|normal|off</c> (full).
/// </summary>
public sealed class JournalScenario : IBenchmarkScenario
{
    public string Name => "journal";

    public string Description => "raw SQLite journal insert and record rates (--events, --batch, --sync)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = IntOption(args, "--events", 200_000);
        var batchSize = IntOption(args, "--batch", 1_000);
        var sync = Enum.Parse<SqliteSynchronous>(Option(args, "--sync") ?? "full", ignoreCase: true);
        var directory = Path.Combine(Path.GetTempPath(), "sloth-journal-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new SqliteJournalOptions(directory).WithSynchronous(sync).WithSecretKey(new byte[32]);
            await using var journal = await SqliteJournal.OpenAsync(options, cancellationToken);
            var hook = await AddHookAsync(journal, cancellationToken);
            var batches = MakeBatches(count, batchSize);

            // CPU time as well as wall time: on a shared, loaded machine events per CPU-second is the steadier figure.
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var append = Stopwatch.StartNew();
            foreach (var batch in batches)
            {
                await journal.AppendAsync(batch, null, cancellationToken);
            }

            append.Stop();
            process.Refresh();
            var cpu1 = process.TotalProcessorTime;
            var record = Stopwatch.StartNew();
            foreach (var batch in batches)
            {
                var outcomes = batch.Select(e => Outcome(e, hook)).ToList();
                await journal.RecordAsync(outcomes, cancellationToken);
            }

            record.Stop();
            process.Refresh();
            var cpu2 = process.TotalProcessorTime;
            var appendRate = count / append.Elapsed.TotalSeconds;
            var recordRate = count / record.Elapsed.TotalSeconds;
            Console.WriteLine($"events={count} batch={batchSize} synchronous={sync}");
            Console.WriteLine($"append: {append.Elapsed.TotalSeconds:F2} s, {appendRate:N0} events/s, {count / (cpu1 - cpu0).TotalSeconds:N0} events/CPU-s");
            Console.WriteLine($"record (1 execution + final status each): {record.Elapsed.TotalSeconds:F2} s, {recordRate:N0} events/s, " +
                              $"{count / (cpu2 - cpu1).TotalSeconds:N0} events/CPU-s");
            Console.WriteLine($"journal: append {appendRate:F0} events/s, record {recordRate:F0} events/s");
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

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
