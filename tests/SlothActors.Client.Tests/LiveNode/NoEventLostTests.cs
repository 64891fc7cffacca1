using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Correlation;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.LiveNode;

/// <summary>While the node is reachable, every emitted event ends up stored exactly once.</summary>
[Collection(RealNodeCollection.Name)]
public sealed class NoEventLostTests(RealNode node)
{
    private const int Count = 1000;

    [Fact]
    public async Task A_thousand_batched_emits_from_concurrent_callers_are_all_stored_once()
    {
        var correlation = EventCorrelation.NewId();
        // An odd batch size leaves a partial batch for shutdown to send.
        var hook = TestHooks.Create(node.Url, new FakeTimeProvider(), o => o.WithBatching(64, TimeSpan.FromSeconds(5)));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(caller => Task.Run(async () =>
        {
            var mine = new List<EmitOutcome>();
            for (var i = caller; i < Count; i += 4)
            {
                mine.Add(await hook.EmitAsync("load.tick", data: new Dictionary<string, object?> { ["i"] = i }, correlationId: correlation));
            }

            return mine;
        })));
        await hook.ShutdownAsync();
        await hook.DisposeAsync();

        outcomes.SelectMany(o => o).ShouldAllBe(o => o == EmitOutcome.Queued);
        var metrics = hook.GetMetrics();
        metrics.EventsEmitted.ShouldBe(Count);
        metrics.EventsFailed.ShouldBe(0);
        var stored = await node.EventsAsync(correlation);
        stored.Select(e => e.GetProperty("data").GetProperty("i").GetInt32()).Order().ShouldBe(Enumerable.Range(0, Count));
    }
}
