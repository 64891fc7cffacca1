using System.Globalization;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Commands;

/// <summary>
/// Starts the command host at <c>/user/sloth-cmd</c> with the command protocol's serializer, and
/// sizes remoting's frames for it: a command carries at most what an HTTP body may
/// (<see cref="NodeOptions.MaxBodyBytes"/>), a reply at most <see cref="CommandLimits.MaxReplyBytes"/>.
/// </summary>
internal static class CommandHostSetup
{
    public static AkkaConfigurationBuilder WithCommandHost(this AkkaConfigurationBuilder akka, IServiceProvider services, NodeOptions options)
    {
        var frame = CommandLimits.FrameBytes(options.MaxBodyBytes);
        akka.WithCustomSerializer(CommandSerializerSetup.SerializerName, CommandManifests.Types, system => new CommandSerializer(system))
            .AddHocon(string.Create(CultureInfo.InvariantCulture, $"akka.remote.dot-netty.tcp.maximum-frame-size = {frame}b"), HoconAddMode.Prepend)
            .WithActors((system, _) =>
            {
                // Resolved at the first command: the handlers' services need the engine, which needs this actor system.
                var handlers = new Lazy<CommandHandlers>(services.GetRequiredService<CommandHandlers>);
                system.ActorOf(CommandHostActor.Props(handlers, options.Token, CommandLimits.MaxReplyBytes), CommandHostPath.Name);
            });
        return akka;
    }

    public static void AddCommandHandlers(this IServiceCollection services, NodeOptions options)
    {
        services.AddSingleton<HookCommandHandler>();
        services.AddSingleton<EventCommandHandler>();
        services.AddSingleton<ClusterCommandHandler>();
        services.AddSingleton(sp => new SecretCommandHandler(sp.GetRequiredService<Journal.IEventJournal>().Secrets, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new MemberFollowing(options.NodeName, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CommandHandlers>();
    }
}
