using Microsoft.Extensions.DependencyInjection;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Hosting;

public sealed class DependencyInjectionTests : IAsyncLifetime
{
    private TestCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await TestCollector.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task A_registered_hook_posts_to_its_collector_and_the_container_flushes_it_on_disposal()
    {
        var services = new ServiceCollection();
        services.AddSlothEventHook(new EventHookOptions { CollectorUrl = _collector.Url, SourceSystem = "billing" }.WithBatching(100));
        services.AddSlothEventHook(new EventHookOptions { CollectorUrl = _collector.Url, SourceSystem = "shipping" });

        await using (var provider = services.BuildServiceProvider())
        {
            var first = provider.GetRequiredService<IEventHook>();
            first.ShouldBeSameAs(provider.GetRequiredKeyedService<IEventHook>("billing"));
            (await first.EmitAsync("invoice_sent")).ShouldBe(EmitOutcome.Queued);
            (await provider.GetRequiredKeyedService<IEventHook>("shipping").EmitAsync("parcel_sent")).ShouldBe(EmitOutcome.Delivered);
        }

        _collector.StoredEvents.Select(e => e.GetProperty("source_system").GetString()).Order().ShouldBe(["billing", "shipping"]);
    }

    [Fact]
    public void Invalid_options_are_refused_at_registration() =>
        Should.Throw<ArgumentException>(() => new ServiceCollection().AddSlothEventHook(
            new EventHookOptions { CollectorUrl = new Uri("http://127.0.0.1:1"), SourceSystem = "" }));
}
