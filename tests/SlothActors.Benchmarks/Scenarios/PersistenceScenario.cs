using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using Akka.Persistence;
using SlothActors.Benchmarks.Scenarios.Support;
using SlothActors.Engine.Persistence;

namespace SlothActors.Benchmarks;

/// <summary>
/// What one journal entry costs on the partitions' journal (Akka.Persistence.Sql on SQLite, WAL,
/// <c>synchronous=FULL</c>, set up as a node sets it up): the same events written as one entry
/// per round by one persistent actor, then split over P actors that each write their part of
/// every round at once, as the dispatcher splits a chunk over its partitions. The difference per
/// entry is what a partition count costs.
/// </summary>
public sealed class PersistenceScenario : IBenchmarkScenario
{
    public string Name => "persistence";

    public string Description => "Akka.Persistence.Sql on SQLite: the cost of one journal entry, one writer against P partitions";

    public string Help => """
        persistence: rounds of E events (B bytes each) written to the partitions' journal (Akka.Persistence.Sql
        on SQLite, WAL, synchronous=FULL, as a node sets it up), first as one entry per round by one persistent
        actor, then split over P actors that each write their part of every round at once (the dispatcher's
        chunk over its partitions). Prints events/s, entries/s and CPU-us per entry and per event for both.

        usage: dotnet run -c Release --project tests/SlothActors.Benchmarks -- persistence [options]

          --rounds N      (2000) rounds measured, after 200 of warm-up
          --events E      (200) events per round (a chunk)
          --bytes B       (150) bytes per event
          --partitions P  (16) writers the second run splits each round over
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var rounds = options.Int("--rounds", 2000);
        var events = options.Int("--events", 200);
        var bytes = options.Int("--bytes", 150);
        var partitions = options.Int("--partitions", 16);
        if (rounds < 1 || events < 1 || bytes < 1 || partitions < 1 || partitions > events)
        {
            Console.Error.WriteLine("persistence: --rounds, --events, --bytes and --partitions must be positive, and --partitions at most --events");
            return 2;
        }

        Console.WriteLine($"persistence: {rounds:N0} rounds of {events} events of {bytes} B; load average {MachineLoad.LoadAverage()}");
        var one = await MeasureAsync(1, rounds, events, bytes, cancellationToken);
        var many = await MeasureAsync(partitions, rounds, events, bytes, cancellationToken);
        var perEntry = (many.CpuUs - one.CpuUs) / ((double)rounds * (partitions - 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"persistence: 1 writer {one.EventsPerSecond:N0} events/s ({one.CpuUs / rounds:F0} CPU-us per entry); {partitions} writers {many.EventsPerSecond:N0} events/s ({many.CpuUs / (rounds * (double)partitions):F0} CPU-us per entry); each extra entry {perEntry:F0} CPU-us"));
        return 0;
    }

    private static async Task<Result> MeasureAsync(int writers, int rounds, int events, int bytes, CancellationToken cancellationToken)
    {
        var directory = TempDirectory.Create("sloth-bench-persistence");
        try
        {
            var system = ActorSystem.Create("bench", PersistenceSetup.SqliteActorSystemSetup(
                Path.Combine(directory, PersistenceSetup.DefaultSqliteFileName), Akka.Configuration.ConfigurationFactory.ParseString("akka.loglevel = WARNING")));
            try
            {
                var actors = Enumerable.Range(0, writers).Select(i => system.ActorOf(Props.Create(() => new EntryWriter($"writer-{i}")))).ToArray();
                // Each writer's part is a whole number of events: the round is what they write together.
                var written = events / writers * writers;
                var part = new byte[events / writers * bytes];
                await RoundsAsync(actors, part, 200, cancellationToken);

                var cpu = MachineLoad.ProcessCpu();
                var clock = Stopwatch.StartNew();
                await RoundsAsync(actors, part, rounds, cancellationToken);
                var elapsed = clock.Elapsed;
                var cpuUs = (MachineLoad.ProcessCpu() - cpu).TotalMicroseconds;
                var result = new Result(rounds * (double)written / elapsed.TotalSeconds, cpuUs);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {writers,2} writer(s): {elapsed.TotalSeconds:F2} s, {result.EventsPerSecond:N0} events/s, {rounds * (double)writers / elapsed.TotalSeconds:N0} entries/s, {cpuUs / (rounds * (double)writers):F0} CPU-us per entry, {cpuUs / (rounds * (double)written):F1} CPU-us per event"));
                return result;
            }
            finally
            {
                await system.Terminate();
            }
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }

    /// <summary>Each round: every writer persists its part at once, and the round ends when all are durable.</summary>
    private static async Task RoundsAsync(IActorRef[] writers, byte[] part, int rounds, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(30);
        var asks = new Task[writers.Length];
        for (var round = 0; round < rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            for (var w = 0; w < writers.Length; w++)
            {
                asks[w] = writers[w].Ask<EntryWriter.Written>(part, timeout, cancellationToken);
            }

            await Task.WhenAll(asks);
        }
    }

    private readonly record struct Result(double EventsPerSecond, double CpuUs);

    /// <summary>A partition's write, alone: one entry per request with PersistAsync, answered once durable.</summary>
    private sealed class EntryWriter : ReceivePersistentActor
    {
        public EntryWriter(string persistenceId)
        {
            PersistenceId = persistenceId;
            Command<byte[]>(entry =>
            {
                var requester = Sender;
                PersistAsync(entry, _ => requester.Tell(Written.Instance));
            });
        }

        public override string PersistenceId { get; }

        public sealed class Written
        {
            public static readonly Written Instance = new();
        }
    }
}
