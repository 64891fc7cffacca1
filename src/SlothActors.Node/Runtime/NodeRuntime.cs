using Microsoft.AspNetCore.Builder;
using SlothActors.Journal;
using SlothActors.Journal.Sqlite;
using SlothActors.Node.Api;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Runtime;

/// <summary>
/// The parts of a working node: the journal (opened here, closed on dispose, after the host
/// has stopped), the engine and the Lua runtime (built in the host's container), and the API.
/// </summary>
public sealed class NodeRuntime : IAsyncDisposable
{
    private NodeRuntime(NodeSettings settings, IEventJournal journal)
    {
        Settings = settings;
        Journal = journal;
        Parts = new NodeHostParts
        {
            ConfigureServices = builder => NodeRuntimeServices.Add(builder.Services, Settings, Journal),
            MapEndpoints = app => app.MapEventIngest().MapEventQueries().MapEventAdmin().MapEventStream().MapHooks().MapHookTest(),
        };
    }

    public NodeSettings Settings { get; }

    public IEventJournal Journal { get; }

    public NodeHostParts Parts { get; }

    /// <summary>Opens (creating when missing) the SQLite journal in the data dir.</summary>
    public static async Task<NodeRuntime> OpenAsync(NodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings = settings.Resolved();
        Directory.CreateDirectory(settings.Node.DataDir);
        var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(settings.Node.DataDir), cancellationToken).ConfigureAwait(false);
        return new NodeRuntime(settings, journal);
    }

    /// <summary>Builds the node's web host with this runtime plugged in.</summary>
    public WebApplication Build(Action<WebApplicationBuilder>? configure = null) =>
        NodeHost.Build(Settings.Node, configure is null ? Parts : Parts with
        {
            ConfigureServices = builder =>
            {
                configure(builder);
                Parts.ConfigureServices!(builder);
            },
        });

    public ValueTask DisposeAsync() => Journal.DisposeAsync();
}
