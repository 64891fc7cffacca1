using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal.Secrets;
using SlothActors.Journal.State;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;

namespace SlothActors.Benchmarks.Scenarios;

/// <summary>
/// Hook executions per second on warm VMs (one thread, then all cores) and the cold-start cost
/// of a VM (new state, sandbox, modules, compile). Options: <c>--seconds N</c> per phase (default 3).
/// </summary>
public sealed class LuaScenario : IBenchmarkScenario
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string TrivialHook = """
        return {
          name = "bench", event_type = "task.failed",
          execute = function(event) return event.type == "task.failed" and event.source ~= nil end,
        }
        """;

    private const string DataHook = """
        return {
          name = "bench_data", event_type = "task.failed",
          execute = function(event) return event.type == "task.failed" and event.data.task.exit_code == 1 end,
        }
        """;

    public string Name => "lua";

    public string Description => "Lua hook executions/s on warm VMs (1 thread, all cores) and VM cold start";

    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var seconds = args.Count >= 2 && args[0] == "--seconds" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var phase = TimeSpan.FromSeconds(seconds);
        var cores = Environment.ProcessorCount;
        var services = new HookServices(new NoState(), new NoSecrets(), new NoIngress(), TimeProvider.System, NullLogger.Instance,
            new LuaRuntimeOptions { VmsPerHook = cores });
        using var runner = new LuaHookRunner(services, HookModules.All());
        var evt = SampleEvent();

        var trivial = Define(TrivialHook, "bench");
        var data = Define(DataHook, "bench_data");
        var single = Measure(runner, trivial, evt, 1, phase, cancellationToken);
        var singleData = Measure(runner, data, evt, 1, phase, cancellationToken);
        var all = Measure(runner, trivial, evt, cores, phase, cancellationToken);
        var coldMicros = ColdStart(services, evt, 200);

        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine($"warm, 1 thread, two scalar fields:   {single.Wall,10:N0} executions/s wall, {single.PerCpu,10:N0} per CPU-second");
        Console.WriteLine($"warm, 1 thread, reads event.data:    {singleData.Wall,10:N0} executions/s wall, {singleData.PerCpu,10:N0} per CPU-second");
        Console.WriteLine($"warm, {cores} threads, two scalar fields:  {all.Wall,10:N0} executions/s wall, {all.PerCpu,10:N0} per CPU-second");
        Console.WriteLine($"cold start (VM + sandbox + modules + compile + first run): {coldMicros:N0} us");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lua: 1-thread {single.Wall:F0}/s ({single.PerCpu:F0}/cpu-s), 1-thread-data {singleData.Wall:F0}/s ({singleData.PerCpu:F0}/cpu-s), {cores}-threads {all.Wall:F0}/s, cold-start {coldMicros:F0} us"));
        return Task.FromResult(0);
    }

    /// <returns>Executions per wall-clock second, and per second of CPU the process used (the
    /// machine may be shared: the CPU figure is what one core does when it gets to run).</returns>
    private static (double Wall, double PerCpu) Measure(LuaHookRunner runner, HookDefinition hook, Event evt, int threads, TimeSpan phase, CancellationToken token)
    {
        for (var i = 0; i < 20_000; i++)
        {
            Check(runner.RunAsync(hook, evt, Timeout, token).Result);
        }

        long total = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long done = 0;
            while (start.Elapsed < phase && !token.IsCancellationRequested)
            {
                for (var i = 0; i < 1000; i++)
                {
                    runner.RunAsync(hook, evt, Timeout, token);
                }

                done += 1000;
            }

            Interlocked.Add(ref total, done);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var wall = start.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return (total / wall, total / cpu);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static double ColdStart(HookServices services, Event evt, int count)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            using var runner = new LuaHookRunner(services, HookModules.All());
            Check(runner.RunAsync(Define(TrivialHook, "bench"), evt, Timeout, CancellationToken.None).Result);
        }

        return watch.Elapsed.TotalMicroseconds / count;
    }

    private static void Check(HookRunResult result)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException("benchmark hook failed: " + result.Error);
        }
    }

    private static HookDefinition Define(string script, string name) => new()
    {
        Id = name,
        Name = name,
        EventTypes = ["task.failed"],
        Script = script,
        ScriptSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script))),
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static Event SampleEvent() => new()
    {
        Id = Guid.CreateVersion7().ToString(),
        Type = "task.failed",
        Timestamp = DateTimeOffset.UtcNow,
        CreatedAt = DateTimeOffset.UtcNow,
        Source = "ci",
        Stack = "production",
        Data = """{"task":{"task_name":"build","exit_code":1,"agent_name":"web-01"}}""",
    };

    private sealed class NoIngress : IEventIngress
    {
        public ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class NoState : IStateStore
    {
        public Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task SetAsync(string scope, string key, string jsonValue, TimeSpan? ttl, DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> DeleteAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<bool> ExistsAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<IReadOnlyList<string>> KeysAsync(string scope, string? prefix, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

        public Task<double> IncrementAsync(string scope, string key, double delta, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(delta);
    }

    private sealed class NoSecrets : ISecretStore
    {
        public Task SetAsync(string scope, string name, string value, DateTimeOffset now, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<string?> GetAsync(string scope, string name, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task<IReadOnlyList<string>> ListAsync(string scope, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

        public Task<bool> RemoveAsync(string scope, string name, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
