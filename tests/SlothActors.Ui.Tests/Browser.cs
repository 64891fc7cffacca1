using Microsoft.Playwright;

namespace SlothActors.Ui.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (whose own browser download is impossible
/// here and never used). The flags keep Chromium from reaching for the network on its own.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    /// <summary>Where tests/install-chromium.sh puts it; <c>SLOTH_CHROMIUM</c> names another.</summary>
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("SLOTH_CHROMIUM") ?? "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"no Chromium at {ExecutablePath}: run tests/install-chromium.sh (apt-get install chromium) or set SLOTH_CHROMIUM");
        }

        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Timeout = 30_000,
        });
        return new Browser(playwright, chromium);
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
    }
}
