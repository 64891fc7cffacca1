using Akka.Actor;
using Akka.Event;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Events;
using SlothActors.Commands.Protocol;
using SlothActors.Node.Problems;
using SlothActors.Node.Security;

namespace SlothActors.Node.Commands;

/// <summary>
/// The node's command host at <c>/user/sloth-cmd</c> (pbm's role): the <c>sloth</c> CLI sends it
/// typed commands over Akka remoting. It checks the token first, then runs each command on the
/// same services as the HTTP API and answers the sender with the typed reply or a
/// <see cref="CommandRefused"/>. Commands run concurrently (each as a task piped back to its
/// sender): one slow query never holds up another CLI.
/// </summary>
internal sealed class CommandHostActor : ReceiveActor
{
    private readonly Lazy<CommandHandlers> _handlers;
    private readonly TokenCheck? _token;
    private readonly int _maxReplyBytes;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public CommandHostActor(Lazy<CommandHandlers> handlers, string? token, int maxReplyBytes)
    {
        _handlers = handlers;
        _token = token is null ? null : new TokenCheck(token);
        _maxReplyBytes = maxReplyBytes;
        Receive<NodeCommand>(OnCommand);
    }

    public static Props Props(Lazy<CommandHandlers> handlers, string? token, int maxReplyBytes) =>
        Akka.Actor.Props.Create(() => new CommandHostActor(handlers, token, maxReplyBytes));

    protected override void PostStop()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void OnCommand(NodeCommand command)
    {
        if (Refusal(command.Token) is { } refused)
        {
            // Logged without the command itself: a refused caller's payload is not ours to record.
            _log.Warning("Refused a {0} command from {1}: {2}", command.GetType().Name, Sender.Path.Address, refused.Detail);
            Sender.Tell(refused);
            return;
        }

        switch (command)
        {
            case FollowEvents follow:
                Context.ActorOf(EventFollowerActor.Props(_handlers.Value.Streams, follow, Sender));
                return;
            case FollowMembers:
                Context.ActorOf(MemberFollowerActor.Props(_handlers.Value.Members, Sender));
                return;
        }

        var sender = Sender;
        var log = _log;
        var serialization = Context.System.Serialization;
        var maxReplyBytes = _maxReplyBytes;
        Start(command).PipeTo(sender, success: reply => Fitting(reply, serialization, maxReplyBytes), failure: ex =>
        {
            var cause = ex is AggregateException { InnerException: { } inner } ? inner : ex;

            // A field a handler needs arrived missing (an older or foreign client): the caller's fault, not the node's.
            var problem = cause is ArgumentException
                ? Problem.BadRequest($"the {command.GetType().Name} command is malformed: {cause.Message}")
                : BadInputExceptionHandler.ToProblem(cause);
            if (problem.Status >= 500 && problem.Status != 503)
            {
                log.Error(ex, "The {0} command failed", command.GetType().Name);
            }

            return CommandViews.Refused(problem);
        });
    }

    /// <summary>The command's task; a handler that throws before its first await fails the task instead of this actor, so the caller still gets an answer.</summary>
    private Task<object> Start(NodeCommand command)
    {
        try
        {
            return _handlers.Value.HandleAsync(command, _stopping.Token);
        }
        catch (Exception ex)
        {
            return Task.FromException<object>(ex);
        }
    }

    /// <summary>A reply remoting would drop (over its frame size) becomes a refusal the caller can act on.</summary>
    private static object Fitting(object reply, Akka.Serialization.Serialization serialization, int maxReplyBytes)
    {
        var size = serialization.FindSerializerFor(reply).ToBinary(reply).Length;
        return size <= maxReplyBytes
            ? reply
            : CommandViews.Refused(Problem.TooLarge($"the reply would be {size} bytes, over the {maxReplyBytes} a command reply may carry; ask for less (e.g. a smaller --limit)"));
    }

    private CommandRefused? Refusal(string? presented)
    {
        if (_token is null)
        {
            return null;
        }

        if (string.IsNullOrEmpty(presented))
        {
            return CommandViews.Refused(Problem.Unauthorized("this node requires a token: pass --token or set SLOTH_TOKEN"));
        }

        return _token.Matches(presented) ? null : CommandViews.Refused(Problem.Unauthorized("the token is not this node's token"));
    }
}
