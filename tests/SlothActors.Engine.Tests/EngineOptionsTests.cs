using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;
using SlothActors.Journal.Sqlite;

namespace SlothActors.Engine.Tests;

public sealed class EngineOptionsTests
{
    [Fact]
    public void The_engine_section_binds_every_setting()
    {
        var configuration = Configure(new()
        {
            ["engine:workers"] = "7",
            ["engine:capacity"] = "70",
            ["engine:fallbackInterval"] = "00:00:02",
            ["engine:gracePeriod"] = "00:00:15",
            ["engine:executionThreads"] = "9",
            ["engine:maxWriteBatch"] = "500",
            ["engine:maxBufferedEvents"] = "1000",
            ["engine:defaultHookTimeout"] = "00:00:10",
            ["engine:owner"] = "node-a",
        });

        var options = EngineServiceCollectionExtensions.BindOptions(configuration);

        options.ShouldBe(new EngineOptions
        {
            Workers = 7,
            Capacity = 70,
            FallbackInterval = TimeSpan.FromSeconds(2),
            GracePeriod = TimeSpan.FromSeconds(15),
            ExecutionThreads = 9,
            MaxWriteBatch = 500,
            MaxBufferedEvents = 1000,
            DefaultHookTimeout = TimeSpan.FromSeconds(10),
            Owner = "node-a",
        });
    }

    [Fact]
    public void A_missing_section_gives_the_documented_defaults()
    {
        var options = EngineServiceCollectionExtensions.BindOptions(Configure([]));

        (options.Workers, options.Capacity, options.FallbackInterval, options.GracePeriod, options.DefaultHookTimeout)
            .ShouldBe((100, 1000, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("engine:workers", "0")]
    [InlineData("engine:capacity", "-1")]
    [InlineData("engine:fallbackInterval", "00:00:00")]
    [InlineData("engine:maxWriteBatch", "20000")]
    public void An_out_of_range_setting_is_refused_with_its_name(string key, string value)
    {
        var failure = Should.Throw<ArgumentOutOfRangeException>(() => EngineServiceCollectionExtensions.BindOptions(Configure(new() { [key] = value })));

        failure.ParamName.ShouldBe(key["engine:".Length..], StringCompareShould.IgnoreCase);
    }

    [Fact]
    public async Task AddSlothEngine_registers_one_host_as_hosted_service_and_ingress()
    {
        using var directory = new TempDirectory();
        await using var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(directory.Path).WithSecretKey(EngineHarness.Key), CancellationToken.None);
        var services = new ServiceCollection()
            .AddSingleton(journal)
            .AddSingleton<IHookRunner>(new RecordingRunner())
            .AddSlothEngine(Configure(new() { ["engine:workers"] = "3" }));
        await using var provider = services.BuildServiceProvider();

        var host = provider.GetRequiredService<EngineHost>();

        host.Options.Workers.ShouldBe(3);
        provider.GetRequiredService<IHostedService>().ShouldBeSameAs(host);
        provider.GetRequiredService<IEventIngress>().ShouldBeSameAs(host.Ingress);
        host.Hooks.ShouldBeSameAs(provider.GetRequiredService<Hooks.IHookRegistryProvider>());
    }

    private static IConfiguration Configure(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
