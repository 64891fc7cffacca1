using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using Akka.Routing;

namespace SlothActors.Benchmarks;

/// <summary>
/// Tell throughput of Akka.NET, the engine's actor system: one sender to one actor, and one sender
/// through a RoundRobinPool of 100 routees (the engine's worker pool); then the life of a child
/// actor as the engine lives one per hook run: spawned, watched, told once, stopped, its end seen. A warm-up round, then several measured rounds; prints best and median.
/// Options: --messages N (default 10,000,000), --rounds R (default 5), --children N (default 200,000).
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

        var children = ReadOption(args, "--children", 200_000);
        await RunChildrenAsync(Math.Min(children, 20_000));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var elapsed = await RunChildrenAsync(children);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kernel child lifecycle (spawn, watch, one tell, stop, Terminated; 100 alive at a time): {children / elapsed.TotalSeconds:N0} children/s, {cpu.TotalMicroseconds / children:F1} CPU-us per child"));
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

    private static async Task<TimeSpan> RunChildrenAsync(int children)
    {
        var system = ActorSystem.Create("bench");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = Stopwatch.GetTimestamp();
        system.ActorOf(Props.Create(() => new SpawningActor(children, done)));
        await done.Task;
        var elapsed = Stopwatch.GetElapsedTime(started);
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

    /// <summary>Keeps 100 children alive: each is told once, stops itself, and its Terminated spawns the next.</summary>
    private sealed class SpawningActor(int total, TaskCompletionSource done) : UntypedActor
    {
        private const int Alive = 100;
        private static readonly Props Child = Props.Create<StoppingActor>();
        private int _spawned;
        private int _ended;

        protected override void PreStart()
        {
            for (var i = 0; i < Alive && _spawned < total; i++)
            {
                Spawn();
            }
        }

        protected override void OnReceive(object message)
        {
            if (message is not Terminated)
            {
                return;
            }

            if (++_ended == total)
            {
                done.SetResult();
            }
            else if (_spawned < total)
            {
                Spawn();
            }
        }

        private void Spawn()
        {
            var child = Context.ActorOf(Child);
            Context.Watch(child);
            child.Tell(_spawned++);
        }
    }

    private sealed class StoppingActor : UntypedActor
    {
        protected override void OnReceive(object message) => Context.Stop(Self);
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
