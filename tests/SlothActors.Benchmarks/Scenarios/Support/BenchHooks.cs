using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>The trivial Lua hook and the events the engine scenarios send.</summary>
internal static class BenchHooks
{
    public const string EventType = "bench.e2e";

    public static string TrivialScript(string name) =>
        $$"""
        local hook = {name="{{name}}", event_type="bench.*"}
        function hook.execute(event) return event.type ~= nil and event.id ~= nil end
        return hook
        """;

    public static HookDefinition Trivial(string name)
    {
        var script = TrivialScript(name);
        var now = DateTimeOffset.UtcNow;
        return new HookDefinition
        {
            Id = name,
            Name = name,
            EventTypes = ["bench.*"],
            Script = script,
            ScriptSha256 = HookScriptHash.Of(script),
            FilePath = "bench",
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Built before the clock starts, so the run measures the engine, not event construction.</summary>
    public static List<Event[]> Events(int count, int batchSize)
    {
        var now = DateTimeOffset.UtcNow;
        return Enumerable.Range(0, count)
            .Select(i => new Event
            {
                Id = EventIds.New(),
                Type = EventType,
                Timestamp = now,
                CreatedAt = now,
                Data = $$"""{"task":"build","n":{{i}}}""",
                Source = "bench",
            })
            .Chunk(batchSize)
            .ToList();
    }
}
