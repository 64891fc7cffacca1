using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SlothActors.Ui.Tests;

[Collection(ConsoleCollection.Name)]
public class ConsoleTourTests(ConsoleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Events_load_an_event_shows_its_hook_execution_and_a_hook_disabled_in_the_ui_is_disabled_in_the_node()
    {
        var node = fixture.Node;
        output.WriteLine($"screenshots: {fixture.Screenshots}");
        await node.AddHookAsync(UiNode.Hook("ui_notify", "uitour.*"));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await node.DispatchAsync("uitour.failed", new { task = $"deploy-{i}" }));
        }

        foreach (var id in ids)
        {
            await node.FinishedAsync(id);
        }

        await using var console = await ConsolePage.OpenAsync(fixture);
        var page = console.Page;
        await console.SignInAsync();

        foreach (var id in ids)
        {
            await Expect(page.Locator($"tr[data-event-id=\"{id}\"] .event-status")).ToHaveTextAsync("completed");
        }

        await console.ScreenshotAsync("01-events", output);

        // A filter that matches nothing says so; the type filter brings the three back.
        await page.Locator("#filter-stack").FillAsync("nowhere");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("#events-empty")).ToBeVisibleAsync();
        await page.Locator("#filter-stack").FillAsync("");
        await page.Locator("#filter-type").FillAsync("uitour.failed");
        await page.Locator("#filter-status").SelectOptionAsync("completed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("#events-body tr")).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Link, new() { Name = ids[0] }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Event {ids[0]}");
        var execution = page.Locator("tr[data-hook=\"ui_notify\"]");
        await Expect(execution).ToHaveCountAsync(1);
        await Expect(execution.Locator(".badge")).ToHaveTextAsync("success");
        await Expect(execution.Locator("pre.output")).ToHaveTextAsync("notified deploy-0");
        await Expect(page.Locator("#event-data")).ToContainTextAsync("\"task\": \"deploy-0\"");
        await console.ScreenshotAsync("02-event", output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Hooks", Exact = true }).ClickAsync();
        var hookRow = page.Locator("tr[data-hook=\"ui_notify\"]");
        await Expect(hookRow.Locator(".hook-state")).ToHaveTextAsync("enabled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable hook ui_notify" }).ClickAsync();
        await Expect(hookRow.Locator(".hook-state")).ToHaveTextAsync("disabled");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enable hook ui_notify" })).ToBeVisibleAsync();
        await console.ScreenshotAsync("03-hooks", output);

        // The node agrees, and acts on it: a new matching event runs no hook.
        (await node.GetJsonAsync("/hooks/ui_notify")).GetProperty("enabled").GetBoolean().ShouldBeFalse();
        var after = await node.DispatchAsync("uitour.failed", new { task = "after" });
        await node.FinishedAsync(after);
        (await node.GetJsonAsync($"/events/{after}/executions")).GetProperty("count").GetInt32().ShouldBe(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "ui_notify" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Hook ui_notify");
        await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(3);
        await page.Locator("#test-data").FillAsync("{\"task\": \"from-the-form\"}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run test" }).ClickAsync();
        await Expect(page.Locator("#test-result")).ToContainTextAsync("notified from-the-form");
        await Expect(page.Locator("#test-result .badge")).ToHaveTextAsync("success");
        await console.ScreenshotAsync("04-hook", output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cluster", Exact = true }).ClickAsync();
        await Expect(page.Locator("tr[data-member]")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-member] .badge").First).ToHaveTextAsync("up");
        await Expect(page.Locator("#no-agents")).ToContainTextAsync("sloth agent run");
        await console.ScreenshotAsync("05-cluster", output);
        console.ShouldHaveNoScriptErrors();
    }
}
