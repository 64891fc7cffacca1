using Microsoft.AspNetCore.Builder;
using SlothActors.Engine.Hosting;
using SlothActors.Journal;
using SlothActors.Node.Api;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Runtime;

/// <summary>
/// The parts of a working node: the journal (opened here, closed on dispose, after the host has
/// stopped), the engine and the Lua runtime (built in the host's container), and the API.
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
            MapEndpoints = app => app.MapEventIngest().MapEventQueries().MapEventAdmin().MapEventStream().MapHooks().MapHookTest()
                .MapCluster().MapAkkaCluster().MapClusterStream().MapAgents(),
        };
    }

    public NodeSettings Settings { get; }

    public IEventJournal Journal { get; }

    public NodeHostParts Parts { get; }

    /// <summary>
    /// Opens the journal the settings name: SQLite in the data dir (created when missing), or
    /// the shared PostgreSQL database of a cluster.
    /// </summary>
    /// <exception cref="NodeOptionsException">The storage or cluster settings are refused, or the journal cannot be opened.</exception>
    public static Task<NodeRuntime> OpenAsync(NodeSettings settings, CancellationToken cancellationToken) =>
        OpenAsync(settings, secretKey: null, cancellationToken);

    /// <param name="secretKey">Tests pass the key here instead of through the process environment.</param>
    internal static async Task<NodeRuntime> OpenAsync(NodeSettings settings, ReadOnlyMemory<byte>? secretKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        StorageRules.Check(settings.Node);
        settings = settings.Resolved();
        var journal = await NodeStorage.OpenAsync(settings.Node, secretKey, cancellationToken).ConfigureAwait(false);
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

    public async ValueTask DisposeAsync() => await Journal.DisposeAsync().ConfigureAwait(false);
}
