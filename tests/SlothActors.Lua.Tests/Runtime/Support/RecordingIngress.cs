using System.Collections.Concurrent;
using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Lua.Tests.Runtime.Support;

/// <summary>An ingress that keeps what it accepted, or fails with <see cref="FailWith"/>.</summary>
public sealed class RecordingIngress : IEventIngress
{
    public ConcurrentQueue<Event> Accepted { get; } = new();

    public string? FailWith { get; set; }

    public ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (FailWith is not null)
        {
            throw new InvalidOperationException(FailWith);
        }

        foreach (var e in events)
        {
            Accepted.Enqueue(e);
        }

        return ValueTask.CompletedTask;
    }
}
