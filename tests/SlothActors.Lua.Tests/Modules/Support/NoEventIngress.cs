using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>None of the modules under test dispatch events; any call is a test failure.</summary>
internal sealed class NoEventIngress : IEventIngress
{
    public ValueTask AcceptAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("these modules must not dispatch events");
}
