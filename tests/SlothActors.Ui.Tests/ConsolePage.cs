using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SlothActors.Ui.Tests;

/// <summary>
/// One browser context on the console: its own session storage (so its own token), a page,
/// uncaught script errors collected (a test ends by asserting there were none), screenshots
/// written to the fixture's folder.
/// </summary>
public sealed class ConsolePage : IAsyncDisposable
{
    private readonly ConsoleFixture _fixture;
    private readonly IBrowserContext _context;
    private readonly List<string> _scriptErrors = [];

    private ConsolePage(ConsoleFixture fixture, IBrowserContext context, IPage page)
    {
        _fixture = fixture;
        _context = context;
        Page = page;
        page.PageError += (_, error) => _scriptErrors.Add(error);
        page.SetDefaultTimeout(15_000);
    }

    public IPage Page { get; }

    public static async Task<ConsolePage> OpenAsync(ConsoleFixture fixture, int width = 1280, int height = 800)
    {
        var context = await fixture.Browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return new ConsolePage(fixture, context, await context.NewPageAsync());
    }

    /// <summary>Loads the console and saves the token through its own form, as an operator does.</summary>
    public async Task SignInAsync(string token = UiNode.Token)
    {
        await GotoAsync("#/token");
        await Page.Locator("#token-input").FillAsync(token);
        await Page.Locator("#token-save").ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Events");
    }

    public async Task GotoAsync(string hash) => await Page.GotoAsync($"{_fixture.Node.BaseUrl}/ui{hash}");

    public async Task ScreenshotAsync(string name, ITestOutputHelper output)
    {
        var path = Path.Combine(_fixture.Screenshots, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    public void ShouldHaveNoScriptErrors() => _scriptErrors.ShouldBeEmpty();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
