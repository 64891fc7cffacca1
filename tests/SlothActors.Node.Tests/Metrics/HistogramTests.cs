using SlothActors.Node.Metrics;

namespace SlothActors.Node.Tests.Metrics;

public class HistogramTests
{
    [Fact]
    public void A_value_on_a_bound_counts_in_that_bucket_because_le_is_inclusive()
    {
        var histogram = new HistogramFamily("h", "h", [], [1, 2, 5], 10).WithLabels();
        histogram.Observe(1);
        histogram.Observe(2);
        histogram.Observe(2.5);
        histogram.Buckets().ShouldBe([(1d, 1L), (2d, 2L), (5d, 3L), (double.PositiveInfinity, 3L)]);
    }

    [Fact]
    public void Bounds_must_increase_strictly() =>
        Should.Throw<ArgumentException>(() => new HistogramFamily("h", "h", [], [1, 1], 10));

    [Fact]
    public void Concurrent_observations_are_all_counted_and_summed()
    {
        var histogram = new HistogramFamily("h", "h", [], [0.5], 10).WithLabels();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                histogram.Observe(1);
            }
        });
        histogram.Count.ShouldBe(80_000);
        histogram.Sum.ShouldBe(80_000);
        histogram.Buckets().Last().CumulativeCount.ShouldBe(80_000);
    }
}
