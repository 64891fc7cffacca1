using System.Collections.Concurrent;
using System.Globalization;
using Akka.Actor;
using Akka.Configuration;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;

namespace SlothActors.Node.Tests.Cli.Fakes;

/// <summary>
/// A stand-in for a node, as the CLI sees one: an actor system named like every node's, with
/// Akka.Remote on a free loopback port and the command protocol's serializer, whose
/// <c>/user/sloth-cmd</c> records each command and answers it from the test's function. What the
/// CLI sends (token, filters, script) is read back from <see cref="Commands"/>, already through
/// the wire format.
/// </summary>
internal sealed class FakeCommandHost : IAsyncDisposable
{
    private readonly ActorSystem _system;

    private FakeCommandHost(ActorSystem system)
    {
        _system = system;
        Port = ((ExtendedActorSystem)system).Provider.DefaultAddress.Port!.Value;
    }

    /// <summary>Every command the host received, in order of arrival.</summary>
    public ConcurrentQueue<NodeCommand> Commands { get; } = new();

    public int Port { get; }

    /// <summary>What <c>--node</c> takes: <c>127.0.0.1:PORT</c>.</summary>
    public string Node => $"127.0.0.1:{Port}";

    /// <param name="answer">
    /// The reply to each command: a reply message, a <see cref="FakeStream"/> for a follow command,
    /// or null for none.
    /// </param>
    public static FakeCommandHost Start(Func<NodeCommand, object?> answer)
    {
        var host = new FakeCommandHost(StartSystem());
        host._system.ActorOf(FakeHostActor.Props(host.Commands, answer), CommandHostPath.Name);
        return host;
    }

    /// <summary>An actor system a CLI can reach like a node's, with nothing in it.</summary>
    public static ActorSystem StartSystem()
    {
        var frame = CommandLimits.FrameBytes(CommandLimits.MaxReplyBytes);
        var config = ConfigurationFactory.ParseString(string.Create(CultureInfo.InvariantCulture, $$"""
            akka {
              loglevel = ERROR
              log-dead-letters = off
              log-dead-letters-during-shutdown = off
              actor.provider = remote
              remote {
                log-remote-lifecycle-events = off
                dot-netty.tcp {
                  hostname = 127.0.0.1
                  port = 0
                  maximum-frame-size = {{frame}}b
                }
              }
              coordinated-shutdown.run-by-clr-shutdown-hook = off
            }
            """)).WithFallback(CommandSerializerSetup.Hocon);
        return ActorSystem.Create(NodeAddress.SystemName, config);
    }

    public async ValueTask DisposeAsync() => await _system.Terminate();
}
