using System.Globalization;
using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Configuration;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Commands.Tls;

namespace SlothActors.Cli.Client;

/// <summary>
/// The CLI's own actor system: Akka.Remote only, on loopback, on a port the OS picks, with the
/// command protocol's serializer and nothing else (no cluster, no persistence), so that it starts
/// in about a second and leaves nothing behind. Akka's own logging is off unless asked for: the
/// CLI's output is its commands' output.
/// </summary>
internal static class CliActorSystem
{
    /// <summary>Never <see cref="NodeAddress.SystemName"/>: a CLI must not be taken for a node.</summary>
    public const string Name = "sloth-cli";

    /// <param name="tls">This CLI's certificate, for nodes whose remoting is mutual TLS.</param>
    public static ActorSystem Start(bool verbose, LoadedTls? tls)
    {
        var level = verbose ? "DEBUG" : "OFF";
        var frame = CommandLimits.FrameBytes(CommandLimits.MaxReplyBytes);
        var config = ConfigurationFactory.ParseString(string.Create(CultureInfo.InvariantCulture, $$"""
            akka {
              loglevel = {{level}}
              stdout-loglevel = OFF
              loggers = ["{{typeof(StderrLogger).FullName}}, {{typeof(StderrLogger).Assembly.GetName().Name}}"]
              log-dead-letters = off
              log-dead-letters-during-shutdown = off
              actor.provider = remote
              remote {
                log-remote-lifecycle-events = {{(verbose ? "on" : "off")}}
                dot-netty.tcp {
                  hostname = 127.0.0.1
                  port = 0
                  maximum-frame-size = {{frame}}b
                }
              }
              coordinated-shutdown.run-by-clr-shutdown-hook = off
            }
            """)).WithFallback(CommandSerializerSetup.Hocon);
        if (tls is null)
        {
            return ActorSystem.Create(Name, BootstrapSetup.Create().WithConfig(config));
        }

        return ActorSystem.Create(Name, ActorSystemSetup.Create(BootstrapSetup.Create().WithConfig(tls.Hocon.WithFallback(config))).And(tls.Setup));
    }
}
