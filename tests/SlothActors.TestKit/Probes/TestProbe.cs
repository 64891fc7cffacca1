using System.Threading.Channels;
using SlothActors.Actors;
using Xunit.Sdk;

namespace SlothActors.TestKit;

/// <summary>
/// An actor ref for tests: everything sent to it is queued and awaited with the Expect methods,
/// each with a deadline (default <see cref="ActorTestKit.DefaultTimeout"/>), never a sleep.
/// </summary>
public sealed class TestProbe : IActorRef
{
    private readonly Channel<ReceivedMessage> _received = Channel.CreateUnbounded<ReceivedMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IActorRef _actor;

    public TestProbe(ActorSystem system, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        _actor = system.ActorOf(Props.Create(() => new ProbeActor(_received.Writer)), name);
    }

    public string Path => _actor.Path;

    /// <summary>The real actor behind the probe; use it where a kernel ref is needed (Stop, Watch).</summary>
    public IActorRef Ref => _actor;

    /// <summary>Sender of the last message returned by an expectation.</summary>
    public IActorRef? LastSender { get; private set; }

    public void Tell(object message, IActorRef? sender = null) => _actor.Tell(message, sender);

    /// <summary>Sends with this probe as the sender, so replies come back here.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, this);
    }

    /// <summary>Answers the sender of the last expected message.</summary>
    public void Reply(object message) =>
        (LastSender ?? throw new InvalidOperationException("Nothing was received yet, so there is no one to reply to."))
            .Tell(message, this);

    /// <summary>The probe receives <see cref="Terminated"/> when <paramref name="subject"/> stops.</summary>
    public void Watch(IActorRef subject) => _actor.Tell(new ProbeWatch(subject));

    public void Unwatch(IActorRef subject) => _actor.Tell(new ProbeUnwatch(subject));

    /// <summary>The next message must be a <typeparamref name="T"/> matching <paramref name="predicate"/>.</summary>
    public async Task<T> ExpectMsgAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var wait = Within.Clamp(timeout ?? ActorTestKit.DefaultTimeout);
        var received = await TryReceiveAsync(wait).ConfigureAwait(false)
            ?? throw new XunitException($"Expected a {typeof(T).Name} within {wait.TotalMilliseconds:0} ms but got nothing.");
        if (received.Message is not T typed)
        {
            throw new XunitException($"Expected a {typeof(T).Name} but got {Describe(received.Message)}.");
        }

        if (predicate is not null && !predicate(typed))
        {
            throw new XunitException($"Got {Describe(received.Message)}, which does not match the expectation.");
        }

        return typed;
    }

    /// <summary>Equivalent to <see cref="ExpectMsgAsync{T}"/> with an equality predicate.</summary>
    public Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null)
        where T : notnull =>
        ExpectMsgAsync<T>(m => EqualityComparer<T>.Default.Equals(m, expected), timeout);

    /// <summary>Nothing may arrive during <paramref name="duration"/>.</summary>
    public async Task ExpectNoMsgAsync(TimeSpan duration)
    {
        var received = await TryReceiveAsync(Within.Clamp(duration)).ConfigureAwait(false);
        if (received is not null)
        {
            throw new XunitException($"Expected no message for {duration.TotalMilliseconds:0} ms but got {Describe(received.Message)}.");
        }
    }

    /// <summary>Skips messages until a <typeparamref name="T"/> matches <paramref name="predicate"/>.</summary>
    public async Task<T> FishForMessageAsync<T>(Func<T, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var wait = Within.Clamp(timeout ?? ActorTestKit.DefaultTimeout);
        var deadline = DateTime.UtcNow + wait;
        var skipped = 0;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var received = await TryReceiveAsync(left < TimeSpan.Zero ? TimeSpan.Zero : left).ConfigureAwait(false)
                ?? throw new XunitException($"No matching {typeof(T).Name} within {wait.TotalMilliseconds:0} ms ({skipped} other messages skipped).");
            if (received.Message is T typed && predicate(typed))
            {
                return typed;
            }

            skipped++;
        }
    }

    /// <summary>Runs <paramref name="body"/> with a shared budget; see <see cref="Within"/>.</summary>
    public Task WithinAsync(TimeSpan max, Func<Task> body) => Within.RunAsync(max, body);

    public override string ToString() => Path;

    private async Task<ReceivedMessage?> TryReceiveAsync(TimeSpan timeout)
    {
        if (!_received.Reader.TryRead(out var received))
        {
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                received = await _received.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                return null;
            }
        }

        LastSender = received.Sender;
        return received;
    }

    private static string Describe(object message) => $"{message.GetType().Name} {message}";
}
