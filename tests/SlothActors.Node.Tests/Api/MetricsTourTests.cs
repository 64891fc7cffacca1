using SlothActors.Node.Tests.Metrics;

namespace SlothActors.Node.Tests.Api;

/// <summary>After a small tour (hooks added, events dispatched and finished), /metrics holds every documented series.</summary>
public class MetricsTourTests
{
    private const int Succeeding = 4;

    [Fact]
    public async Task After_a_tour_every_series_is_served_with_its_labels_and_the_counts_of_the_tour()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        await node.AddHookAsync(EngineNode.Hook("tour_ok", "tour.ok"));
        await node.AddHookAsync(EngineNode.Hook("tour_fail", "tourfail.boom", "return false, \"boom\""));
        var ids = new List<string>();
        for (var i = 0; i < Succeeding; i++)
        {
            ids.Add(await node.DispatchAsync("""{"event_type": "tour.ok"}"""));
        }

        ids.Add(await node.DispatchAsync("""{"event_type": "tourfail.boom"}"""));
        foreach (var id in ids)
        {
            await node.FinishedAsync(id);
        }

        using var response = await node.Client.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        var metrics = Exposition.Parse(await response.Content.ReadAsStringAsync());

        metrics.Single("sloth_events_accepted_total", ("category", "tour")).Value.ShouldBe(Succeeding);
        metrics.Single("sloth_events_completed_total", ("category", "tour")).Value.ShouldBe(Succeeding);
        metrics.Single("sloth_events_accepted_total", ("category", "tourfail")).Value.ShouldBe(1);
        metrics.Single("sloth_events_failed_total", ("category", "tourfail")).Value.ShouldBe(1);
        metrics.Single("sloth_events_failed_total", ("category", "tour")).Value.ShouldBe(0);
        metrics.Single("sloth_events_completed_total", ("category", "tourfail")).Value.ShouldBe(0);

        metrics.Single("sloth_hook_executions_total", ("hook", "tour_ok"), ("result", "success")).Value.ShouldBe(Succeeding);
        metrics.Single("sloth_hook_executions_total", ("hook", "tour_fail"), ("result", "failure")).Value.ShouldBe(1);
        metrics.Single("sloth_hook_executions_total", ("hook", "tour_ok"), ("result", "failure")).Value.ShouldBe(0);
        metrics.Single("sloth_hook_duration_seconds_count", ("hook", "tour_ok")).Value.ShouldBe(Succeeding);
        metrics.Single("sloth_hook_duration_seconds_bucket", ("hook", "tour_fail"), ("le", "+Inf")).Value.ShouldBe(1);

        metrics.Single("sloth_events_in_flight").Value.ShouldBe(0);
        metrics.Single("sloth_events_pending", ("partition", "0")).Value.ShouldBe(0);
        metrics.Single("sloth_websockets_active").Value.ShouldBe(0);

        // One POST each: one durable wait and one completion per event.
        metrics.Single("sloth_events_durable_ack_seconds_count").Value.ShouldBe(Succeeding + 1);
        metrics.Single("sloth_events_durable_ack_seconds_sum").Value.ShouldBeGreaterThan(0);
        metrics.Single("sloth_events_completion_seconds_count").Value.ShouldBe(Succeeding + 1);
        metrics.Single("sloth_events_completion_seconds_sum").Value.ShouldBeGreaterThan(0);
        metrics.Single("sloth_journal_batch_size_sum").Value.ShouldBe(Succeeding + 1);
        metrics.Single("sloth_journal_batch_size_count").Value.ShouldBeInRange(1, Succeeding + 1);

        metrics.Single("sloth_cluster_members", ("status", "up")).Value.ShouldBe(1);
        metrics.Single("sloth_cluster_members", ("status", "down")).Value.ShouldBe(0);
    }
}
