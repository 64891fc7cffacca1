using SlothActors.Client.Sample;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.LiveNode;

[Collection(RealNodeCollection.Name)]
public sealed class SampleAgainstNodeTests(RealNode node)
{
    [Fact]
    public async Task The_sample_stores_all_its_event_types_on_a_real_node_under_the_correlation_it_prints()
    {
        var output = new StringWriter();

        var exit = await SampleRun.RunAsync(node.Url, token: null, output);

        exit.ShouldBe(0, output.ToString());
        var correlation = output.ToString().Split('\n')[0].Replace("correlation id: ", "", StringComparison.Ordinal).Trim();
        var stored = await node.EventsAsync(correlation);
        stored.Select(e => e.GetProperty("event_type").GetString()).ShouldBe(SampleRun.EventTypes, ignoreOrder: true);
    }
}
