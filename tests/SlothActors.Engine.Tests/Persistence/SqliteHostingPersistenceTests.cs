using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Persistence;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>The contract on an actor system built by Akka.Hosting in a generic host, as the node builds its own.</summary>
public sealed class SqliteHostingPersistenceTests : SqlitePersistenceContract
{
    protected override async Task<PersistenceNode> StartAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAkka(EngineServiceCollectionExtensions.SystemName, akka => akka.AddSqlitePersistence(DatabasePath));
        var host = builder.Build();
        await host.StartAsync();
        return new HostedNode(host);
    }

    private sealed class HostedNode(IHost host) : PersistenceNode(host.Services.GetRequiredService<ActorSystem>())
    {
        public override async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
