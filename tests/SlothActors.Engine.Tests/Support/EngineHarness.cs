using Akka.Actor;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal;
using SlothActors.Journal.Sqlite;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests.Support;

/// <summary>A real SQLite journal in a temp dir, some hooks, and an engine over it on the test's actor system; stopped and deleted on dispose.</summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private readonly TempDirectory _directory;

    private EngineHarness(TempDirectory directory, IEventJournal journal, ControlledJournal controlled, EngineHost host)
    {
        _directory = directory;
        Journal = journal;
        Controlled = controlled;
        Host = host;
    }

    /// <summary>The journal as the test reads it (no control in the way).</summary>
    public IEventJournal Journal { get; }

    /// <summary>The journal as the engine sees it.</summary>
    public ControlledJournal Controlled { get; }

    public EngineHost Host { get; }

    /// <summary>
    /// How long a test waits for the first journal write of a fresh engine: its partitions first
    /// recover from a new Akka journal, whose first write in a process takes seconds (schema
    /// creation, linq2db's first mapping), more on a loaded machine.
    /// </summary>
    public static readonly TimeSpan FirstWriteDeadline = TimeSpan.FromSeconds(30);

    /// <summary>Small, fast defaults for tests: the fallback tick is long so tests exercise the capacity-freed path.</summary>
    public static EngineOptions TestOptions() => new EngineOptions()
        .WithWorkers(8)
        .WithCapacity(100)
        .WithExecutionThreads(8)
        .WithFallbackInterval(TimeSpan.FromMinutes(5))
        .WithGracePeriod(TimeSpan.FromSeconds(10));

    public static async Task<EngineHarness> StartAsync(ActorSystem system, IHookRunner runner, IEnumerable<HookDefinition> hooks, EngineOptions? options = null, bool start = true)
    {
        var directory = new TempDirectory("sloth-engine");
        var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(directory.Path).WithSecretKey(Key), CancellationToken.None);
        foreach (var hook in hooks)
        {
            await journal.AddHookAsync(hook, CancellationToken.None);
        }

        var controlled = new ControlledJournal(journal);
        var host = new EngineHost(controlled, runner, options ?? TestOptions(), system);
        if (start)
        {
            await host.StartAsync(CancellationToken.None);
        }

        return new EngineHarness(directory, journal, controlled, host);
    }

    public ValueTask AcceptAsync(IReadOnlyList<Event> events) => Host.Ingress.AcceptAsync(events, CancellationToken.None);

    public async Task<long> CountAsync(EventStatus status) =>
        (await Journal.CountByStatusAsync(CancellationToken.None)).GetValueOrDefault(status);

    public Task WaitUntilFinishedAsync(int total, TimeSpan? deadline = null) =>
        Poll.UntilAsync(
            async () => await CountAsync(EventStatus.Completed) + await CountAsync(EventStatus.Failed) == total,
            $"{total} events finished",
            deadline);

    public async Task<Event> EventAsync(string id) =>
        await Journal.GetEventAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"event {id} is not in the journal");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Journal.DisposeAsync();
        _directory.Dispose();
    }
}
