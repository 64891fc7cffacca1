using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using Akka.Routing;

namespace SlothActors.Benchmarks;

/// <summary>
/// Tell throughput of Akka.NET, the engine's actor system: one sender to one actor, and one sender
/// through a RoundRobinPool of 100 routees (the engine's worker pool). A warm-up round, then several measured rounds; prints best and median.
/// Options: --messages N (default 10,000,000), --rounds R (default 5).
/// </summary>
public sealed class KernelScenario : IBenchmarkScenario
{
    private const int PoolSize = 100;

    public string Name => "kernel";

    public string Description => "Akka.NET tell throughput: one actor, and a 100-routee RoundRobinPool";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var messages = ReadOption(args, "--messages", 10_000_000);
        var rounds = ReadOption(args, "--rounds", 5);
        messages -= messages % PoolSize;
        Console.WriteLine($"kernel: {Environment.ProcessorCount} cores, {messages:N0} messages per round, {rounds} rounds (+1 warm-up)");

        var single = await MeasureAsync("one actor", rounds, messages, RunSingleAsync, cancellationToken);
        var pool = await MeasureAsync($"RoundRobinPool({PoolSize})", rounds, messages, RunPoolAsync, cancellationToken);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kernel one-actor best {single.Best:N0} msg/s median {single.Median:N0} msg/s; pool best {pool.Best:N0} msg/s median {pool.Median:N0} msg/s"));
        return 0;
    }

    private static async Task<(double Best, double Median)> MeasureAsync(
        string label, int rounds, int messages, Func<int, Task<TimeSpan>> round, CancellationToken cancellationToken)
    {
        await round(Math.Min(messages, 1_000_000));
        var rates = new List<double>();
        for (var i = 0; i < rounds && !cancellationToken.IsCancellationRequested; i++)
        {
            var elapsed = await round(messages);
            var rate = messages / elapsed.TotalSeconds;
            rates.Add(rate);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-22} round {i + 1}: {rate,14:N0} msg/s ({elapsed.TotalMilliseconds:N0} ms)"));
        }

        rates.Sort();
        return (rates[^1], rates[rates.Count / 2]);
    }

    private static async Task<TimeSpan> RunSingleAsync(int messages)
    {
        var system = ActorSystem.Create("bench");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var counter = system.ActorOf(Props.Create(() => new CountingActor(messages, done.SetResult)));
        var elapsed = await SendAsync(counter, messages, done.Task);
        await system.Terminate();
        return elapsed;
    }

    private static async Task<TimeSpan> RunPoolAsync(int messages)
    {
        var system = ActorSystem.Create("bench");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var remaining = PoolSize;
        Action routeeDone = () =>
        {
            if (Interlocked.Decrement(ref remaining) == 0)
            {
                done.SetResult();
            }
        };

        var pool = system.ActorOf(Props.Create(() => new CountingActor(messages / PoolSize, routeeDone)).WithRouter(new RoundRobinPool(PoolSize)));
        var elapsed = await SendAsync(pool, messages, done.Task);
        await system.Terminate();
        return elapsed;
    }

    private static async Task<TimeSpan> SendAsync(IActorRef target, int messages, Task done)
    {
        var message = new object();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < messages; i++)
        {
            target.Tell(message);
        }

        await done;
        return Stopwatch.GetElapsedTime(started);
    }

    private static int ReadOption(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }

    private sealed class CountingActor(int expected, Action onDone) : UntypedActor
    {
        private int _count;

        protected override void OnReceive(object message)
        {
            if (++_count == expected)
            {
                onDone();
            }
        }
    }
}
