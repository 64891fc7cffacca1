using System.Text.Json;

namespace SlothActors.Ui.Tests;

/// <summary>The console's own Prometheus reader (prom.js), run in the browser on known input.</summary>
[Collection(ConsoleCollection.Name)]
public class PromParserTests(ConsoleFixture fixture)
{
    private const string Exposition = """
        # HELP sloth_events_completed_total Events.
        # TYPE sloth_events_completed_total counter
        sloth_events_completed_total{category="task"} 3
        sloth_events_completed_total{category="odd \"name\\"} 4
        sloth_events_in_flight 2
        sloth_events_completion_seconds_bucket{le="0.1"} 5
        sloth_events_completion_seconds_bucket{le="0.5"} 9
        sloth_events_completion_seconds_bucket{le="+Inf"} 10
        sloth_events_completion_seconds_sum 1.5
        sloth_events_completion_seconds_count 10
        """;

    [Fact]
    public async Task It_sums_series_unescapes_labels_and_interpolates_quantiles_inside_a_bucket()
    {
        await using var console = await ConsolePage.OpenAsync(fixture);
        await console.GotoAsync("#/token");
        var json = await console.Page.EvaluateAsync<string>(
            """
            async (text) => {
              const prom = await import("/ui/js/prom.js");
              const samples = prom.parseExposition(text);
              const cumulative = prom.buckets(samples, "sloth_events_completion_seconds");
              const earlier = [{ le: 0.1, count: 5 }, { le: 0.5, count: 5 }, { le: Infinity, count: 5 }];
              return JSON.stringify({
                completed: prom.total(samples, "sloth_events_completed_total"),
                inFlight: prom.total(samples, "sloth_events_in_flight"),
                odd: samples.find((s) => s.labels.category && s.labels.category.startsWith("odd")).labels.category,
                p50: prom.quantile(0.5, cumulative),
                p80: prom.quantile(0.8, cumulative),
                p99: prom.quantile(0.99, cumulative),
                deltaP50: prom.quantile(0.5, prom.bucketDelta(cumulative, earlier)),
                none: prom.quantile(0.95, prom.bucketDelta(cumulative, cumulative)),
              });
            }
            """, Exposition);
        using var result = JsonDocument.Parse(json);
        var r = result.RootElement;
        r.GetProperty("completed").GetDouble().ShouldBe(7);
        r.GetProperty("inFlight").GetDouble().ShouldBe(2);
        r.GetProperty("odd").GetString().ShouldBe("odd \"name\\");
        r.GetProperty("p50").GetDouble().ShouldBe(0.1, tolerance: 1e-9); // rank 5 is the top of the first bucket
        r.GetProperty("p80").GetDouble().ShouldBe(0.4, tolerance: 1e-9); // rank 8: three quarters into (0.1, 0.5]
        r.GetProperty("p99").GetDouble().ShouldBe(0.5, tolerance: 1e-9); // in +Inf: the highest finite bound
        r.GetProperty("deltaP50").GetDouble().ShouldBe(0.35, tolerance: 1e-9); // 5 new, 4 of them in (0.1, 0.5]: rank 2.5 is 2.5/4 in
        r.GetProperty("none").ValueKind.ShouldBe(JsonValueKind.Null);
        console.ShouldHaveNoScriptErrors();
    }
}
