using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Engine.CrashHost;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Persistence;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal.Sqlite;

// Usage: SlothActors.Engine.CrashHost <data-directory>
// Dispatches events from a few producers until killed (or for at most a minute, so a test that
// forgot to kill it cannot leave it running) and prints each acknowledged id on its own line.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: SlothActors.Engine.CrashHost <data-directory>");
    return 2;
}

const string HookName = "crash-hook";
const int Producers = 4;
const int BatchSize = 20;
var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(args[0]), CancellationToken.None);
if (await journal.GetHookAsync(HookName, CancellationToken.None) is null)
{
    const string Script = "return true";
    var now = DateTimeOffset.UtcNow;
    await journal.AddHookAsync(
        new HookDefinition
        {
            Id = "hook-crash",
            Name = HookName,
            EventTypes = ["*"],
            Script = Script,
            ScriptSha256 = HookScriptHash.Of(Script),
            CreatedAt = now,
            UpdatedAt = now,
        },
        CancellationToken.None);
}

// The node's composition root, so the crash test kills the engine as a node runs it: on the
// sloth actor system of a host. No logging providers: stdout carries the acknowledged ids.
// No snapshot (so no journal deletion) within the run: the test finds every acknowledged id in the journal's rows.
var options = new EngineOptions().WithWorkers(16).WithCapacity(200).WithFallbackInterval(TimeSpan.FromSeconds(1)).WithSnapshotEvery(10_000_000);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Services.AddSingleton(journal).AddSingleton<IHookRunner>(new SlowRunner())
    .AddSlothEngine(options, (akka, _) => akka.WithSingleNodeCluster().AddSqlitePersistence(Path.Combine(args[0], PersistenceSetup.DefaultSqliteFileName)));
using var host = builder.Build();
await host.StartAsync();
var ingress = host.Services.GetRequiredService<IEventIngress>();

var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
var output = new object();
using var lifetime = new CancellationTokenSource(TimeSpan.FromMinutes(1));
var producers = Enumerable.Range(0, Producers).Select(_ => Task.Run(async () =>
{
    while (!lifetime.IsCancellationRequested)
    {
        var now = DateTimeOffset.UtcNow;
        var batch = Enumerable.Range(0, BatchSize)
            .Select(_ => new Event { Id = EventIds.New(), Type = "crash.test", Timestamp = now, CreatedAt = now })
            .ToList();
        await ingress.AcceptAsync(batch, CancellationToken.None);
        lock (output)
        {
            foreach (var evt in batch)
            {
                stdout.WriteLine(evt.Id);
            }
        }
    }
}));
await Task.WhenAll(producers);
await host.StopAsync();
await journal.DisposeAsync();
return 0;
