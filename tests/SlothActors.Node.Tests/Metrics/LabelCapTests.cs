using SlothActors.Node.Metrics;

namespace SlothActors.Node.Tests.Metrics;

public class LabelCapTests
{
    [Fact]
    public void Values_past_the_cap_fold_into_other_while_values_seen_before_stay_themselves()
    {
        var cap = new LabelCap(2);
        cap.Apply("a").ShouldBe("a");
        cap.Apply("b").ShouldBe("b");
        cap.Apply("c").ShouldBe(LabelCap.Other);
        cap.Apply("d").ShouldBe(LabelCap.Other);
        cap.Apply("a").ShouldBe("a");
    }

    [Fact]
    public void First_is_true_once_per_value_and_once_for_other()
    {
        var cap = new LabelCap(1);
        cap.Apply("a", out var first).ShouldBe("a");
        first.ShouldBeTrue();
        cap.Apply("a", out first);
        first.ShouldBeFalse();
        cap.Apply("b", out first).ShouldBe(LabelCap.Other);
        first.ShouldBeTrue();
        cap.Apply("c", out first).ShouldBe(LabelCap.Other);
        first.ShouldBeFalse();
    }

    [Fact]
    public async Task Hook_names_past_the_cap_are_counted_under_other_and_none_is_lost()
    {
        var metrics = new NodeMetrics();
        for (var i = 0; i < NodeMetrics.MaxLabelValues + 5; i++)
        {
            metrics.HookRan($"hook-{i}", success: true, TimeSpan.Zero);
        }

        var exposition = await Exposition.OfAsync(metrics);
        var executions = exposition.Of("sloth_hook_executions_total");
        executions.Count(s => s["result"] == "success").ShouldBe(NodeMetrics.MaxLabelValues + 1);
        exposition.Single("sloth_hook_executions_total", ("hook", LabelCap.Other), ("result", "success")).Value.ShouldBe(5);
        executions.Sum(s => s.Value).ShouldBe(NodeMetrics.MaxLabelValues + 5);
    }

    [Fact]
    public void A_cap_of_zero_is_refused() => Should.Throw<ArgumentOutOfRangeException>(() => new LabelCap(0));
}
