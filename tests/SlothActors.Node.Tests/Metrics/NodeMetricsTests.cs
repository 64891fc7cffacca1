using SlothActors.Node.Metrics;

namespace SlothActors.Node.Tests.Metrics;

public class NodeMetricsTests
{
    [Fact]
    public void Every_node_metric_is_declared_and_exposed()
    {
        var text = new NodeMetrics().Registry.Expose();
        foreach (var (name, type) in new[]
        {
            ("sloth_events_accepted_total", "counter"), ("sloth_events_completed_total", "counter"),
            ("sloth_events_failed_total", "counter"), ("sloth_hook_executions_total", "counter"),
            ("sloth_events_in_flight", "gauge"), ("sloth_events_pending", "gauge"),
            ("sloth_journal_batch_size", "histogram"), ("sloth_hook_duration_seconds", "histogram"),
        })
        {
            text.ShouldContain($"# TYPE {name} {type}\n");
        }
    }

    [Fact]
    public void Events_are_counted_by_type_category()
    {
        var metrics = new NodeMetrics();
        metrics.Accepted("task.failed");
        metrics.Accepted("task.completed");
        metrics.Accepted("workflow_started");
        metrics.Completed("task.completed");
        metrics.Failed("task.failed");
        var text = metrics.Registry.Expose();
        text.ShouldContain("sloth_events_accepted_total{category=\"task\"} 2\n");
        text.ShouldContain("sloth_events_accepted_total{category=\"workflow_started\"} 1\n");
        metrics.EventsProcessed.ShouldBe(2);
    }

    [Fact]
    public void Hook_runs_count_by_hook_and_result_and_time_the_duration()
    {
        var metrics = new NodeMetrics();
        metrics.HookRan("notify", success: true, TimeSpan.FromMilliseconds(3));
        metrics.HookRan("notify", success: false, TimeSpan.FromMilliseconds(40));
        var text = metrics.Registry.Expose();
        text.ShouldContain("sloth_hook_executions_total{hook=\"notify\",result=\"success\"} 1\n");
        text.ShouldContain("sloth_hook_executions_total{hook=\"notify\",result=\"failure\"} 1\n");
        text.ShouldContain("sloth_hook_duration_seconds_bucket{le=\"0.005\"} 1\n");
        text.ShouldContain("sloth_hook_duration_seconds_count 2\n");
    }

    [Fact]
    public void A_gauge_can_read_its_value_at_scrape_time()
    {
        var metrics = new NodeMetrics();
        var backlog = 7L;
        metrics.EventsPending.TrackFrom(() => backlog);
        backlog = 11;
        metrics.Registry.Expose().ShouldContain("sloth_events_pending 11\n");
    }
}
