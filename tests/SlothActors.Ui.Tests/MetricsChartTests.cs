using System.Globalization;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SlothActors.Ui.Tests;

[Collection(ConsoleCollection.Name)]
public class MetricsChartTests(ConsoleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_chart_draws_events_completed_per_second_and_the_latency_of_events_finished_while_it_is_open()
    {
        var node = fixture.Node;
        await node.AddHookAsync(UiNode.Hook("ui_chart", "uichart.tick"));
        await using var console = await ConsolePage.OpenAsync(fixture);
        var page = console.Page;
        await console.SignInAsync();
        await console.GotoAsync("#/metrics");
        await Expect(page.Locator("#metrics-latest tr")).Not.ToHaveCountAsync(0);

        // Finished after the page's first scrape, so an interval of the chart holds them.
        const int events = 5;
        for (var i = 0; i < events; i++)
        {
            await node.FinishedAsync(await node.DispatchAsync("uichart.tick", new { task = $"tick-{i}" }));
        }

        await Expect(page.Locator("#chart-rate polyline.rate")).ToHaveCountAsync(1);
        await Expect(page.Locator("#chart-latency .latency").First).ToBeAttachedAsync();

        // The rate line leaves its baseline (y = 178 in the chart's 600x200 box) once the events are counted.
        await page.WaitForFunctionAsync(
            "() => (document.querySelector('#chart-rate polyline.rate')?.getAttribute('points') ?? '')" +
            ".split(' ').some(p => Number(p.split(',')[1]) < 178)");

        // The table shows what the node counts (no other test runs meanwhile: the collection is sequential).
        var scrape = await node.Api.GetStringAsync("/metrics");
        var expected = scrape.Split('\n').Where(l => l.StartsWith("sloth_events_completed_total{", StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        expected.ShouldBeGreaterThanOrEqualTo(events);
        await Expect(page.Locator("#metrics-latest tr[data-series=\"Events completed\"] td.num"))
            .ToHaveTextAsync(expected.ToString(CultureInfo.InvariantCulture));
        await console.ScreenshotAsync("06-metrics", output);
        console.ShouldHaveNoScriptErrors();
    }
}
