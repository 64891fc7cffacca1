using SlothActors.Client.Sample;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Sample;

public sealed class SampleRunTests
{
    [Fact]
    public async Task The_sample_stores_every_event_under_one_correlation_id_and_exits_zero()
    {
        await using var collector = await TestCollector.StartAsync();
        var output = new StringWriter();

        var exitCode = await SampleRun.RunAsync(collector.Url, "t0ken", output);

        exitCode.ShouldBe(0, output.ToString());
        collector.StoredEvents.Select(e => e.GetProperty("event_type").GetString()).Order().ShouldBe(SampleRun.EventTypes.Order());
        collector.StoredEvents.Select(e => e.GetProperty("correlation_id").GetString()).Distinct().ShouldHaveSingleItem();
        collector.Requests.ShouldAllBe(r => r.Authorization == "Bearer t0ken");
        output.ToString().ShouldContain("7 of 7 events stored, 0 failed");
    }

    [Fact]
    public async Task The_sample_exits_one_when_no_node_answers()
    {
        var collector = await TestCollector.StartAsync();
        var url = collector.Url;
        await collector.StopAsync();
        await collector.DisposeAsync();

        var exitCode = await SampleRun.RunAsync(url, null, TextWriter.Null, o => o with { RetryBaseDelay = TimeSpan.Zero });

        exitCode.ShouldBe(1);
    }
}
