using SlothActors.Node.Metrics;

namespace SlothActors.Node.Tests.Metrics;

public class ExpositionTests
{
    [Fact]
    public void A_small_registry_is_exposed_in_the_exact_text_format()
    {
        var registry = new MetricsRegistry();
        var requests = registry.Counter("app_requests_total", "Requests served.", "method", "code");
        var inFlight = registry.Gauge("app_in_flight", "Requests in progress.").WithLabels();
        var latency = registry.Histogram("app_latency_seconds", "Request latency.", [0.1, 1]).WithLabels();
        requests.WithLabels("post", "201").Inc(3);
        requests.WithLabels("get", "200").Inc();
        inFlight.Set(2);
        latency.Observe(0.05);
        latency.Observe(0.1);
        latency.Observe(5);

        registry.Expose().ShouldBe(
            """
            # HELP app_requests_total Requests served.
            # TYPE app_requests_total counter
            app_requests_total{method="get",code="200"} 1
            app_requests_total{method="post",code="201"} 3
            # HELP app_in_flight Requests in progress.
            # TYPE app_in_flight gauge
            app_in_flight 2
            # HELP app_latency_seconds Request latency.
            # TYPE app_latency_seconds histogram
            app_latency_seconds_bucket{le="0.1"} 2
            app_latency_seconds_bucket{le="1"} 2
            app_latency_seconds_bucket{le="+Inf"} 3
            app_latency_seconds_sum 5.15
            app_latency_seconds_count 3

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Label_values_and_help_text_are_escaped()
    {
        var registry = new MetricsRegistry();
        registry.Counter("c_total", "Line one\nback\\slash", "hook").WithLabels("a\"b\\c\nd").Inc();
        var text = registry.Expose();
        text.ShouldContain("# HELP c_total Line one\\nback\\\\slash\n");
        text.ShouldContain("c_total{hook=\"a\\\"b\\\\c\\nd\"} 1\n");
    }

    [Fact]
    public void An_unlabelled_metric_reads_zero_before_first_use()
    {
        var registry = new MetricsRegistry();
        registry.Counter("never_total", "Never incremented.");
        registry.Expose().ShouldEndWith("never_total 0\n");
    }

    [Fact]
    public void A_name_registered_twice_is_refused()
    {
        var registry = new MetricsRegistry();
        registry.Counter("x_total", "x");
        Should.Throw<InvalidOperationException>(() => registry.Gauge("x_total", "x"));
    }

    [Fact]
    public void Wrong_label_count_is_refused()
    {
        var family = new MetricsRegistry().Counter("y_total", "y", "a", "b");
        Should.Throw<ArgumentException>(() => family.WithLabels("only-one"));
    }

    [Fact]
    public void Series_past_the_cap_fold_into_one_other_series()
    {
        var family = new CounterFamily("hooks_total", "h", ["hook"], maxSeries: 2);
        family.WithLabels("a").Inc();
        family.WithLabels("b").Inc();
        family.WithLabels("c").Inc();
        family.WithLabels("d").Inc();
        family.WithLabels("a").Inc();
        var text = new System.Text.StringBuilder();
        family.AppendTo(text);
        text.ToString().ShouldContain("hooks_total{hook=\"_other\"} 2\n");
        text.ToString().ShouldContain("hooks_total{hook=\"a\"} 2\n");
        family.Total.ShouldBe(5);
    }
}
