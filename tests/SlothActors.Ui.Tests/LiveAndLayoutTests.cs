using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SlothActors.Ui.Tests;

[Collection(ConsoleCollection.Name)]
public class LiveAndLayoutTests(ConsoleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_new_event_appears_in_the_open_list_over_the_stream_without_a_reload()
    {
        await using var console = await ConsolePage.OpenAsync(fixture);
        var page = console.Page;
        await console.SignInAsync();
        await console.GotoAsync("#/events?event_type=uilive.ping");
        await Expect(page.Locator("#events-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("#events-live")).ToContainTextAsync("Live updates: on");

        // The list only re-reads the node after a stream message, so only the stream can bring this row.
        var id = await fixture.Node.DispatchAsync("uilive.ping", new { n = 1 });
        await Expect(page.Locator($"tr[data-event-id=\"{id}\"]")).ToBeVisibleAsync();
        await Expect(page.Locator("#events-empty")).ToBeHiddenAsync();
        console.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task Under_a_status_filter_a_new_event_appears_once_it_reaches_that_status()
    {
        await fixture.Node.AddHookAsync(UiNode.Hook("ui_fails", "uifail.boom", "return false, \"boom\""));
        await using var console = await ConsolePage.OpenAsync(fixture);
        var page = console.Page;
        await console.SignInAsync();
        await console.GotoAsync("#/events?event_type=uifail.boom&status=failed");
        await Expect(page.Locator("#events-live")).ToContainTextAsync("Live updates: on");
        await Expect(page.Locator("#events-empty")).ToBeVisibleAsync();

        // Pushed while pending (not shown under status=failed); the refresh after it finds it failed.
        var id = await fixture.Node.DispatchAsync("uifail.boom", new { n = 1 });
        await Expect(page.Locator($"tr[data-event-id=\"{id}\"] .event-status")).ToHaveTextAsync("failed");
        console.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task At_a_phone_width_the_pages_fit_without_sideways_scrolling()
    {
        var id = await fixture.Node.DispatchAsync("uiphone.check", new { task = "a rather long value to wrap on a narrow screen" });
        await fixture.Node.FinishedAsync(id);
        await using var console = await ConsolePage.OpenAsync(fixture, width: 390, height: 844);
        var page = console.Page;
        await console.SignInAsync();
        await Expect(page.Locator($"tr[data-event-id=\"{id}\"]")).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await console.ScreenshotAsync("08-events-phone", output);

        await console.GotoAsync($"#/events/{id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Event {id}");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await console.ScreenshotAsync("09-event-phone", output);
        console.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_operates_the_hook_buttons()
    {
        await fixture.Node.AddHookAsync(UiNode.Hook("ui_keys", "uikeys.press"));
        await using var console = await ConsolePage.OpenAsync(fixture);
        var page = console.Page;
        await console.SignInAsync();
        await console.GotoAsync("#/hooks");
        // A fresh load, as when the operator opens the page: focus starts at the top of the document.
        await page.ReloadAsync();
        await Expect(page.Locator("tr[data-hook=\"ui_keys\"]")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("skip-link");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");

        await page.GetByRole(AriaRole.Button, new() { Name = "Disable hook ui_keys" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("tr[data-hook=\"ui_keys\"] .hook-state")).ToHaveTextAsync("disabled");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Hook ui_keys disabled");
        console.ShouldHaveNoScriptErrors();
    }
}
