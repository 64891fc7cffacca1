using System.Text;
using Microsoft.Extensions.Time.Testing;
using SlothActors.Events;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Tests.Protocol;

/// <summary>Shared helpers: a parser whose clock stays at <see cref="Now"/>, and bodies written as C# strings.</summary>
internal static class Parse
{
    public static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static EventParser Parser(ProtocolLimits? limits = null) => new(limits ?? ProtocolLimits.Default, new FakeTimeProvider(Now));

    public static Event One(string json)
    {
        var result = Parser().ParseEvent(Encoding.UTF8.GetBytes(json));
        result.Error.ShouldBeNull();
        return result.Event!;
    }

    public static ProtocolError Refused(string json, ProtocolLimits? limits = null)
    {
        var result = Parser(limits).ParseEvent(Encoding.UTF8.GetBytes(json));
        result.Event.ShouldBeNull();
        return result.Error!;
    }

    public static BatchParseResult Batch(string json, ProtocolLimits? limits = null) =>
        Parser(limits).ParseBatch(Encoding.UTF8.GetBytes(json));
}
