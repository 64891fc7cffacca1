using Microsoft.Playwright;

namespace SlothActors.Ui.Tests;

/// <summary>One node and one browser for the console tests; each test opens its own browser context (own session storage).</summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sloth-ui-").FullName;

    public UiNode Node { get; private set; } = null!;

    public Browser Browser { get; private set; } = null!;

    /// <summary>Kept after the run, so the screenshots can be looked at; the test output prints the path.</summary>
    public string Screenshots => Path.Combine(_dir, "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        // Every Expect(...) polls its condition until this deadline, then fails.
        Assertions.SetDefaultExpectTimeout(15_000);
        Node = await UiNode.StartAsync(_dir);
        Browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Node.DisposeAsync();
        Directory.Delete(Path.Combine(_dir, "data"), recursive: true);
    }
}
