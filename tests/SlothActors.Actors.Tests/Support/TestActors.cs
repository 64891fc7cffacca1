using System.Collections.Concurrent;
using SlothActors.Actors;

namespace SlothActors.Actors.Tests.Support;

public sealed class TestFailure(string message) : Exception(message);

/// <summary>Makes the receiving test actor throw <paramref name="Exception"/>.</summary>
public sealed record Crash(Exception Exception);

/// <summary>Replies with each message to its sender.</summary>
public sealed class EchoActor : ActorBase
{
    protected override void OnReceive(object message) => Sender.Tell(message, Self);
}

/// <summary>Counts "inc", answers "get", throws on <see cref="Crash"/>, reports lifecycle hooks with its incarnation.</summary>
public sealed class CounterActor(IActorRef? observer = null, int incarnation = 1) : ActorBase
{
    private int _count;

    public static Props PropsFor(IActorRef? observer = null)
    {
        var incarnations = 0;
        return Props.Create(() => new CounterActor(observer, Interlocked.Increment(ref incarnations)));
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case "inc":
                _count++;
                break;
            case "get":
                Sender.Tell(_count, Self);
                break;
            case Crash crash:
                throw crash.Exception;
            default:
                Unhandled(message);
                break;
        }
    }

    protected override void PreStart() => observer?.Tell($"PreStart {incarnation}");

    protected override void PostStop() => observer?.Tell($"PostStop {incarnation}");

    protected override void PreRestart(Exception reason, object? message)
    {
        observer?.Tell($"PreRestart {incarnation} {message?.GetType().Name}");
        base.PreRestart(reason, message);
    }

    protected override void PostRestart(Exception reason)
    {
        observer?.Tell($"PostRestart {incarnation}");
        base.PostRestart(reason);
    }
}

/// <summary>Creates a child from each <see cref="Props"/> it receives and replies with the child's ref.</summary>
public sealed class ParentActor(Action<string>? onPostStop = null) : ActorBase
{
    protected override void OnReceive(object message)
    {
        if (message is Props props)
        {
            Sender.Tell(Context.ActorOf(props), Self);
        }
        else
        {
            Unhandled(message);
        }
    }

    protected override void PostStop() => onPostStop?.Invoke(Self.Path);
}

/// <summary>Appends its path to a shared log when stopped.</summary>
public sealed class StopLoggingActor(ConcurrentQueue<string> log) : ActorBase
{
    protected override void OnReceive(object message) => Unhandled(message);

    protected override void PostStop() => log.Enqueue(Self.Path);
}
