using System.Diagnostics;
using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Partitions.Serialization;
using SlothActors.Engine.Persistence;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Journal.Sqlite;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

public sealed class CrashRecoveryTests : EngineTestKit
{
    private const int AcknowledgedBeforeKill = 2000;

    [Fact]
    public async Task After_SIGKILL_mid_load_every_acknowledged_event_is_in_the_akka_journal_and_a_new_process_completes_it()
    {
        using var directory = new TempDirectory("sloth-crash");
        var acknowledged = await RunCrashHostUntilKilledAsync(directory.Path);
        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(AcknowledgedBeforeKill);

        // Acceptance is the partitions' journal write: each acknowledged id is in an accepted entry.
        var akkaDatabase = Path.Combine(directory.Path, PersistenceSetup.DefaultSqliteFileName);
        var journaled = AkkaJournalFile.AcceptedIds(akkaDatabase, new PartitionSerializer((ExtendedActorSystem)Sys));
        acknowledged.Except(journaled).ShouldBeEmpty("acknowledged events missing from the Akka journal");

        await using var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(directory.Path), CancellationToken.None);
        var leftOver = (await journal.CountByStatusAsync(CancellationToken.None)).GetValueOrDefault(EventStatus.Completed);
        var runner = new RecordingRunner();
        using var system = SingleNodeCluster.Join(ActorSystem.Create("sloth", PersistenceSetup.SqliteActorSystemSetup(akkaDatabase, SystemConfig())));
        await using (var host = new EngineHost(journal, runner, EngineHarness.TestOptions(), system))
        {
            await host.StartAsync(CancellationToken.None);
            await Poll.UntilAsync(
                async () =>
                {
                    var counts = await journal.CountByStatusAsync(CancellationToken.None);
                    return counts[EventStatus.Pending] + counts[EventStatus.Processing] == 0;
                },
                "every stored event finished",
                TimeSpan.FromSeconds(30));
        }

        var completed = 0;
        foreach (var id in acknowledged)
        {
            if ((await journal.GetEventAsync(id, CancellationToken.None))?.Status == EventStatus.Completed)
            {
                completed++;
            }
        }

        completed.ShouldBe(acknowledged.Count);
        leftOver.ShouldBeLessThan(acknowledged.Count, "the kill should have left acknowledged work unfinished");
        runner.Runs.Count.ShouldBeGreaterThan(0);
    }

    private static async Task<HashSet<string>> RunCrashHostUntilKilledAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CrashHostPath());
        start.ArgumentList.Add(dataDirectory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the crash host");
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (acknowledged.Count < AcknowledgedBeforeKill)
            {
                var line = await process.StandardOutput.ReadLineAsync(deadline.Token)
                    ?? throw new InvalidOperationException($"crash host exited early: {await process.StandardError.ReadToEndAsync()}");
                acknowledged.Add(line);
            }
        }
        finally
        {
            // Process.Kill sends SIGKILL on Linux: no shutdown code runs in the host.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // Lines printed before the kill landed are acknowledged too.
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                acknowledged.Add(line);
            }
        }

        return acknowledged;
    }

    /// <summary>The crash host is built next to this test project with the same configuration and framework.</summary>
    private static string CrashHostPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var tests = output.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "SlothActors.Engine.CrashHost", "bin", configuration, framework, "SlothActors.Engine.CrashHost.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the crash host first", path);
    }
}
