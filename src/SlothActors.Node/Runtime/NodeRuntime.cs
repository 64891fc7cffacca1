using Microsoft.AspNetCore.Builder;
using SlothActors.Engine.Hosting;
using SlothActors.Journal;
using SlothActors.Journal.Cluster;
using SlothActors.Node.Api;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Runtime;

/// <summary>
/// The parts of a working node: the journal (and on PostgreSQL the cluster store; both opened
/// here, closed on dispose, after the host has stopped), the engine and the Lua runtime (built
/// in the host's container), and the API.
/// </summary>
public sealed class NodeRuntime : IAsyncDisposable
{
    private NodeRuntime(NodeSettings settings, IEventJournal journal, IClusterStore? cluster)
    {
        Settings = settings;
        Journal = journal;
        Cluster = cluster;
        Parts = new NodeHostParts
        {
            ConfigureServices = builder => NodeRuntimeServices.Add(builder.Services, Settings, Journal, Cluster),
            MapEndpoints = app => app.MapEventIngest().MapEventQueries().MapEventAdmin().MapEventStream().MapHooks().MapHookTest()
                .MapCluster().MapAkkaCluster().MapClusterStream().MapAgents(),
        };
    }

    public NodeSettings Settings { get; }

    public IEventJournal Journal { get; }

    /// <summary>The membership store when the node runs on PostgreSQL; null on SQLite.</summary>
    public IClusterStore? Cluster { get; }

    public NodeHostParts Parts { get; }

    /// <summary>
    /// Opens the journal the settings name: SQLite in the data dir (created when missing), or
    /// the shared PostgreSQL database, where this node joins the cluster as its node name.
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
        var (journal, cluster) = await NodeStorage.OpenAsync(settings.Node, secretKey, cancellationToken).ConfigureAwait(false);
        return new NodeRuntime(settings, journal, cluster);
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

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync().ConfigureAwait(false);
        }

        await Journal.DisposeAsync().ConfigureAwait(false);
    }
}
