using System.Diagnostics;
using SlothActors.Events;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// The limit the engine is measured against: the same rows appended into a fresh journal by a
/// plain loop of batched <c>AppendAsync</c> calls, nothing else running.
/// </summary>
internal static class RawInsert
{
    public static async Task<(double Rate, double PerCpuSecond)> MeasureAsync(
        IReadOnlyList<Event> events, int batchSize, SqliteSynchronous sync, CancellationToken cancellationToken)
    {
        var directory = TempDirectory.Create("sloth-raw-bench");
        try
        {
            var options = new SqliteJournalOptions(directory).WithSynchronous(sync).WithSecretKey(new byte[32]);
            await using var journal = await SqliteJournal.OpenAsync(options, cancellationToken);
            var batches = events.Chunk(batchSize).ToList();
            var cpu = MachineLoad.ProcessCpu();
            var watch = Stopwatch.StartNew();
            foreach (var batch in batches)
            {
                await journal.AppendAsync(batch, null, cancellationToken);
            }

            watch.Stop();
            var cpuSeconds = (MachineLoad.ProcessCpu() - cpu).TotalSeconds;
            return (events.Count / watch.Elapsed.TotalSeconds, events.Count / cpuSeconds);
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }
}
