using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SlothActors.Ui.Tests;

[Collection(ConsoleCollection.Name)]
public class TokenTests(ConsoleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_wrong_token_shows_that_the_node_refused_it_with_a_link_to_enter_another()
    {
        await using var console = await ConsolePage.OpenAsync(fixture);
        var page = console.Page;
        await console.GotoAsync("#/token");
        await page.Locator("#token-input").FillAsync("not-the-token");
        await page.Locator("#token-save").ClickAsync();
        var notice = page.Locator("#notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("401: the node refused the saved token");
        await Expect(notice.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Enter the node's token" })).ToHaveAttributeAsync("href", "#/token");
        await console.ScreenshotAsync("07-wrong-token", output);
        console.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task Without_a_token_the_page_loads_and_says_the_node_requires_one()
    {
        await using var console = await ConsolePage.OpenAsync(fixture);
        await console.GotoAsync("#/hooks");
        await Expect(console.Page.Locator("#notice")).ToContainTextAsync("401: this node requires a token");
        await Expect(console.Page.Locator("h1")).ToHaveTextAsync("Token needed");
        console.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task The_token_is_sent_in_a_header_and_never_in_a_url()
    {
        await using var console = await ConsolePage.OpenAsync(fixture);
        var urls = new List<string>();
        var authorized = new List<string>();
        console.Page.Request += (_, request) =>
        {
            urls.Add(request.Url);
            if (request.Headers.TryGetValue("authorization", out var value) && value == $"Bearer {UiNode.Token}")
            {
                authorized.Add(request.Url);
            }
        };
        await console.SignInAsync();
        await Expect(console.Page.Locator("#events-live")).ToContainTextAsync("Live updates: on");
        authorized.ShouldContain(url => url.Contains("/events?limit=", StringComparison.Ordinal));
        urls.ShouldNotBeEmpty();
        urls.ShouldAllBe(url => !url.Contains(UiNode.Token, StringComparison.Ordinal));
        console.ShouldHaveNoScriptErrors();
    }
}
