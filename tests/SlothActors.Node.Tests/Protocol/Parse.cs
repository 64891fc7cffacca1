using System.Text;
using SlothActors.Events;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Tests.Protocol;

/// <summary>Shared helpers: a parser on a fixed clock, and bodies written as C# strings.</summary>
internal static class Parse
{
    public static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static EventParser Parser(ProtocolLimits? limits = null) => new(limits ?? ProtocolLimits.Default, new FixedClock(Now));

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

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
