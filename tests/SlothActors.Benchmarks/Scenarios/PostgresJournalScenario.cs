using SlothActors.Benchmarks.Scenarios.Support;
using SlothActors.Events;
using SlothActors.Journal.Postgres;
using SlothActors.PostgresTesting;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// Raw journal rates on a private throwaway PostgreSQL server: batched appends, then recording one execution and a final status per event in batches.
/// Options: <c>--events N</c> (100000), <c>--batch N</c> (1000), <c>--fsync on|off</c> (on: durable commits).
/// </summary>
public sealed class PostgresJournalScenario : IBenchmarkScenario
{
    public string Name => "pg-journal";

    public string Description => "PostgreSQL journal append and record rates on a throwaway server (--events, --batch, --fsync)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var bench = new BenchArgs(args);
        var count = bench.Int("--events", 100_000);
        var batchSize = bench.Int("--batch", 1_000);
        var durable = bench.Text("--fsync", "on") == "on";
        await using var server = await PostgresServer.StartAsync(PostgresServerOptions.Default.WithDurable(durable));
        var options = new PostgresJournalOptions(await server.CreateDatabaseAsync("bench")).WithSecretKey(new byte[32]);
        await using var journal = await PostgresJournal.OpenAsync(options, cancellationToken);
        var hook = await JournalWorkload.AddHookAsync(journal, cancellationToken);
        var batches = JournalWorkload.MakeBatches(count, batchSize);

        var append = await JournalWorkload.MeasureAsync(async () =>
        {
            foreach (var batch in batches)
            {
                await journal.AppendAsync(batch, null, cancellationToken);
            }
        });
        var appended = batches.SelectMany(static b => b).ToList();
        var record = await JournalWorkload.MeasureAsync(async () =>
        {
            foreach (var batch in appended.Chunk(batchSize))
            {
                await journal.RecordAsync(batch.Select(e => JournalWorkload.Outcome(e, hook)).ToList(), cancellationToken);
            }
        });

        Console.WriteLine($"events={count} batch={batchSize} fsync={(durable ? "on" : "off")}");
        Report("append", count, append);
        Report("record (1 execution + final status each)", appended.Count, record);
        Console.WriteLine($"pg-journal: append {count / append.Wall.TotalSeconds:F0} events/s, record {appended.Count / record.Wall.TotalSeconds:F0} events/s");
        return appended.Count == count ? 0 : 1;
    }

    private static void Report(string what, int count, (TimeSpan Wall, TimeSpan Cpu) time) =>
        Console.WriteLine($"{what}: {time.Wall.TotalSeconds:F2} s, {count / time.Wall.TotalSeconds:N0} events/s, " +
                          $"client CPU {time.Cpu.TotalSeconds:F2} s");
}
