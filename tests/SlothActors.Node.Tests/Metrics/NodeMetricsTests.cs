using Akka.Cluster;
using SlothActors.Node.Metrics;

namespace SlothActors.Node.Tests.Metrics;

public class NodeMetricsTests
{
    [Fact]
    public async Task Every_node_metric_is_declared_with_its_type()
    {
        var exposition = await Exposition.OfAsync(new NodeMetrics());
        foreach (var (name, type) in new[]
        {
            ("sloth_events_accepted_total", "counter"), ("sloth_events_completed_total", "counter"),
            ("sloth_events_failed_total", "counter"), ("sloth_hook_executions_total", "counter"),
            ("sloth_events_in_flight", "gauge"), ("sloth_events_pending", "gauge"), ("sloth_websockets_active", "gauge"),
            ("sloth_cluster_members", "gauge"), ("sloth_journal_batch_size", "histogram"),
            ("sloth_hook_duration_seconds", "histogram"), ("sloth_events_durable_ack_seconds", "histogram"),
            ("sloth_events_completion_seconds", "histogram"),
        })
        {
            exposition.Types.GetValueOrDefault(name).ShouldBe(type, name);
        }
    }

    [Fact]
    public async Task Events_are_counted_by_type_with_its_category()
    {
        var metrics = new NodeMetrics();
        metrics.Accepted("task.failed");
        metrics.Accepted("task.completed");
        metrics.Accepted("workflow_started");
        metrics.Completed("task.completed");
        metrics.Failed("task.failed");
        var exposition = await Exposition.OfAsync(metrics);
        exposition.Of("sloth_events_accepted_total").Where(s => s["category"] == "task").Sum(s => s.Value).ShouldBe(2);
        exposition.Single("sloth_events_accepted_total", ("category", "task"), ("type", "task.failed")).Value.ShouldBe(1);
        exposition.Single("sloth_events_accepted_total", ("category", "task"), ("type", "task.completed")).Value.ShouldBe(1);
        exposition.Single("sloth_events_accepted_total", ("category", "workflow_started"), ("type", "workflow_started")).Value.ShouldBe(1);
        exposition.Single("sloth_events_failed_total", ("type", "task.failed")).Value.ShouldBe(1);
        exposition.Single("sloth_events_failed_total", ("type", "task.completed")).Value.ShouldBe(0);
        metrics.EventsProcessed.ShouldBe(2);
    }

    [Fact]
    public async Task An_accepted_category_has_completed_and_failed_series_at_zero_before_any_finish()
    {
        var metrics = new NodeMetrics();
        metrics.Accepted("deploy.started");
        var exposition = await Exposition.OfAsync(metrics);
        exposition.Single("sloth_events_completed_total", ("category", "deploy")).Value.ShouldBe(0);
        exposition.Single("sloth_events_failed_total", ("category", "deploy")).Value.ShouldBe(0);
    }

    [Fact]
    public async Task Hook_runs_count_by_hook_and_result_and_time_the_duration_by_hook()
    {
        var metrics = new NodeMetrics();
        metrics.HookRan("notify", success: true, TimeSpan.FromMilliseconds(3));
        metrics.HookRan("notify", success: false, TimeSpan.FromMilliseconds(40));
        metrics.HookRan("page", success: true, TimeSpan.FromMilliseconds(1));
        var exposition = await Exposition.OfAsync(metrics);
        exposition.Single("sloth_hook_executions_total", ("hook", "notify"), ("result", "success")).Value.ShouldBe(1);
        exposition.Single("sloth_hook_executions_total", ("hook", "notify"), ("result", "failure")).Value.ShouldBe(1);
        exposition.Single("sloth_hook_duration_seconds_bucket", ("hook", "notify"), ("le", "0.005")).Value.ShouldBe(1);
        exposition.Single("sloth_hook_duration_seconds_count", ("hook", "notify")).Value.ShouldBe(2);
        exposition.Single("sloth_hook_duration_seconds_sum", ("hook", "notify")).Value.ShouldBe(0.043, tolerance: 1e-9);
        exposition.Single("sloth_hook_duration_seconds_count", ("hook", "page")).Value.ShouldBe(1);
    }

    [Fact]
    public async Task A_value_on_a_bucket_bound_counts_in_that_bucket_because_le_is_inclusive()
    {
        var metrics = new NodeMetrics();
        metrics.JournalBatchSize.Observe(1);
        metrics.JournalBatchSize.Observe(2);
        metrics.JournalBatchSize.Observe(3);
        var exposition = await Exposition.OfAsync(metrics);
        exposition.Single("sloth_journal_batch_size_bucket", ("le", "1")).Value.ShouldBe(1);
        exposition.Single("sloth_journal_batch_size_bucket", ("le", "2")).Value.ShouldBe(2);
        exposition.Single("sloth_journal_batch_size_bucket", ("le", "5")).Value.ShouldBe(3);
        exposition.Single("sloth_journal_batch_size_bucket", ("le", "+Inf")).Value.ShouldBe(3);
        exposition.Single("sloth_journal_batch_size_sum").Value.ShouldBe(6);
    }

    [Fact]
    public async Task The_backlog_is_labelled_with_the_one_partition_of_todays_engine()
    {
        var metrics = new NodeMetrics();
        metrics.Pending(11);
        var exposition = await Exposition.OfAsync(metrics);
        exposition.Single("sloth_events_pending").Labels.ShouldBe(new Dictionary<string, string> { ["partition"] = "0" });
        exposition.Single("sloth_events_pending").Value.ShouldBe(11);
    }

    [Fact]
    public async Task Cluster_members_are_counted_by_status_with_every_status_present()
    {
        var metrics = new NodeMetrics();
        metrics.Members([MemberStatus.Up, MemberStatus.Up, MemberStatus.Leaving]);
        var exposition = await Exposition.OfAsync(metrics);
        exposition.Single("sloth_cluster_members", ("status", "up")).Value.ShouldBe(2);
        exposition.Single("sloth_cluster_members", ("status", "leaving")).Value.ShouldBe(1);
        exposition.Single("sloth_cluster_members", ("status", "down")).Value.ShouldBe(0);
        exposition.Of("sloth_cluster_members").Count.ShouldBe(Enum.GetValues<MemberStatus>().Length);
    }

    [Fact]
    public async Task Label_values_are_escaped_in_the_exposition()
    {
        var metrics = new NodeMetrics();
        metrics.HookRan("a\"b\\c\nd", success: true, TimeSpan.Zero);
        var exposition = await Exposition.OfAsync(metrics);
        exposition.Single("sloth_hook_executions_total", ("hook", "a\"b\\c\nd"), ("result", "success")).Value.ShouldBe(1);
    }

    [Fact]
    public async Task Two_nodes_in_one_process_never_share_a_series()
    {
        var one = new NodeMetrics();
        var two = new NodeMetrics();
        one.Accepted("task.failed");
        (await Exposition.OfAsync(two)).Of("sloth_events_accepted_total").ShouldBeEmpty();
        (await Exposition.OfAsync(one)).Single("sloth_events_accepted_total", ("category", "task")).Value.ShouldBe(1);
    }
}
