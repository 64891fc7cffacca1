using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Akka.Actor;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Commands.Tls;

namespace SlothActors.Cli.Client;

/// <summary>
/// The CLI's link to a node's command host (<c>/user/sloth-cmd</c>) over Akka remoting: typed
/// commands out, typed replies back. Every failure surfaces as one of two exceptions with a
/// one-line message: <see cref="NodeUnavailableException"/> when no node answers,
/// <see cref="NodeReplyException"/> when the node refuses the command.
/// </summary>
public sealed partial class NodeClient : IAsyncDisposable
{
    /// <summary>How long the CLI waits to hear from a node before it says there is none.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    private readonly Address _node;
    private readonly string? _token;
    private readonly TimeSpan _timeout;
    private readonly TextWriter? _trace;
    private readonly Lazy<ActorSystem> _system;
    private readonly LoadedTls? _tls;
    private IActorRef? _host;

    /// <param name="node"><c>HOST:PORT</c> or <c>akka.tcp://sloth@HOST:PORT</c>.</param>
    /// <param name="trace">When set, one line per command (its name, the reply, the time) for <c>--log-level debug</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a node address.</exception>
    /// <param name="tls">This CLI's remoting identity, for a node whose remoting is mutual TLS; the node is then dialled over <see cref="NodeAddress.TlsProtocol"/>.</param>
    public NodeClient(string node, string? token, TimeSpan? timeout = null, TextWriter? trace = null, LoadedTls? tls = null)
    {
        if (!NodeAddress.TryParse(node, out var address))
        {
            throw new ArgumentException(node.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                ? $"--node '{node}' is an HTTP URL; the CLI talks to the node's remoting port instead: HOST:PORT (default {NodeAddress.Default}), e.g. --node 127.0.0.1:{NodeAddress.DefaultPort}"
                : $"--node '{node}' is not a node address: use HOST:PORT or {NodeAddress.Protocol}://{NodeAddress.SystemName}@HOST:PORT, e.g. 127.0.0.1:{NodeAddress.DefaultPort}");
        }

        // Akka reaches a node only over its own transport, named by the protocol: HOST:PORT means the one this CLI speaks.
        _node = NodeAddress.OnTransport(address, tls is not null);
        _tls = tls;
        _token = string.IsNullOrEmpty(token) ? null : token;
        _timeout = timeout ?? TimeSpan.FromSeconds(60);
        _trace = trace;
        _system = new Lazy<ActorSystem>(() => CliActorSystem.Start(trace is not null, tls));
    }

    /// <summary>The node's address as the CLI dials it.</summary>
    public string Address => _node.ToString();

    public async ValueTask DisposeAsync()
    {
        if (_system.IsValueCreated)
        {
            await _system.Value.Terminate().ConfigureAwait(false);
        }
    }

    /// <summary>Sends one command and waits for its reply.</summary>
    private async Task<Reply<T>> AskAsync<T>(NodeCommand command, CancellationToken ct)
        where T : class
    {
        var host = await HostAsync(ct).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        object reply;
        try
        {
            reply = await host.Ask<object>(command with { Token = _token }, _timeout, ct).ConfigureAwait(false);
        }
        catch (AskTimeoutException ex)
        {
            throw new NodeUnavailableException($"the node at {Address} did not answer within {_timeout.TotalSeconds:0} s", ex);
        }

        _trace?.WriteLine($"{command.GetType().Name} -> {reply.GetType().Name} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        return reply switch
        {
            T value => new Reply<T>(value, Json(value)),
            CommandRefused refused => throw new NodeReplyException(refused.Status, refused.Reason()),
            _ => throw new NodeReplyException(200, $"the node answered {reply.GetType().Name}, not what this CLI expects; is it a SlothActors node of this version?"),
        };
    }

    /// <summary>Each item the node streams for <paramref name="follow"/>, until the node ends the stream or <paramref name="ct"/> fires.</summary>
    private async IAsyncEnumerable<Reply<T>> FollowAsync<T>(NodeCommand follow, [EnumeratorCancellation] CancellationToken ct)
        where T : class
    {
        var host = await HostAsync(ct).ConfigureAwait(false);
        var items = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var follower = _system.Value.ActorOf(FollowerActor.Props(host, follow with { Token = _token }, items.Writer));
        try
        {
            while (await items.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (items.Reader.TryRead(out var item))
                {
                    yield return item is T value
                        ? new Reply<T>(value, Json(value))
                        : throw new NodeReplyException(200, $"the node streamed {item.GetType().Name}, not what this CLI expects");
                }
            }
        }
        finally
        {
            _system.Value.Stop(follower);
        }
    }

    /// <summary>
    /// Finds the command host: an Identify, answered within <see cref="ConnectTimeout"/>, unless
    /// remoting reports first that the node cannot be reached at all.
    /// </summary>
    private async Task<IActorRef> HostAsync(CancellationToken ct)
    {
        if (_host is not null)
        {
            return _host;
        }

        var system = _system.Value;
        var unreachable = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var associated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = system.ActorOf(AssociationWatcher.Props(_node, unreachable, associated));
        AssociationWatcher.Listen(system, watcher);
        try
        {
            var identify = system.ActorSelection(_node + CommandHostPath.Path).Ask<ActorIdentity>(new Identify(null), ConnectTimeout, ct);
            var first = await Task.WhenAny(identify, unreachable.Task).ConfigureAwait(false);
            if (first == unreachable.Task)
            {
                throw ConnectionFailure.Describe(Address, await unreachable.Task.ConfigureAwait(false), _tls is not null);
            }

            ActorIdentity identity;
            try
            {
                identity = await identify.ConfigureAwait(false);
            }
            catch (AskTimeoutException ex)
            {
                throw NodeUnavailableException.At(Address, $"nothing answered within {ConnectTimeout.TotalSeconds:0} s", ex);
            }

            if (identity.Subject is { } host)
            {
                return _host = host;
            }

            // Empty: either the node has no such actor, or the node was never reached and Akka's
            // dead letters answered. Remoting publishes which before either answer exists, so
            // this wait is only for the watcher to read its mailbox.
            var outcome = await Task.WhenAny(associated.Task, unreachable.Task, Task.Delay(ConnectTimeout, ct)).ConfigureAwait(false);
            if (outcome == unreachable.Task)
            {
                throw ConnectionFailure.Describe(Address, await unreachable.Task.ConfigureAwait(false), _tls is not null);
            }

            throw new NodeUnavailableException($"the process at {Address} answers, but has no command host at {CommandHostPath.Path}; is it a SlothActors node?");
        }
        finally
        {
            system.Stop(watcher);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, CommandJson.Default.GetTypeInfo(typeof(T))!);
}
