using SlothActors.Benchmarks.Scenarios.Support;
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
        var bench = new BenchArgs(args);
        var count = bench.Int("--events", 200_000);
        var batchSize = bench.Int("--batch", 1_000);
        var sync = Enum.Parse<SqliteSynchronous>(bench.Text("--sync", "full"), ignoreCase: true);
        var directory = Path.Combine(Path.GetTempPath(), "sloth-journal-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new SqliteJournalOptions(directory).WithSynchronous(sync).WithSecretKey(new byte[32]);
            await using var journal = await SqliteJournal.OpenAsync(options, cancellationToken);
            var hook = await JournalWorkload.AddHookAsync(journal, cancellationToken);
            var batches = JournalWorkload.MakeBatches(count, batchSize);

            var append = await JournalWorkload.MeasureAsync(async () =>
            {
                foreach (var batch in batches)
                {
                    await journal.AppendAsync(batch, null, cancellationToken);
                }
            });
            var record = await JournalWorkload.MeasureAsync(async () =>
            {
                foreach (var batch in batches)
                {
                    var outcomes = batch.Select(e => JournalWorkload.Outcome(e, hook)).ToList();
                    await journal.RecordAsync(outcomes, cancellationToken);
                }
            });

            var appendRate = count / append.Wall.TotalSeconds;
            var recordRate = count / record.Wall.TotalSeconds;
            Console.WriteLine($"events={count} batch={batchSize} synchronous={sync}");
            Console.WriteLine($"append: {append.Wall.TotalSeconds:F2} s, {appendRate:N0} events/s, {count / append.Cpu.TotalSeconds:N0} events/CPU-s");
            Console.WriteLine($"record (1 execution + final status each): {record.Wall.TotalSeconds:F2} s, {recordRate:N0} events/s, " +
                              $"{count / record.Cpu.TotalSeconds:N0} events/CPU-s");
            Console.WriteLine($"journal: append {appendRate:F0} events/s, record {recordRate:F0} events/s");
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
