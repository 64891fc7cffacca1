using Akka.Actor;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Ingress;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Events.Ingress;
using SlothActors.Journal;
using SlothActors.Journal.Sqlite;
using SlothActors.TestKit;

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
    public async Task AddSlothEngine_runs_the_engine_on_the_sloth_actor_system_of_the_host_and_stops_it_with_the_host()
    {
        using var directory = new TempDirectory("sloth-engine");
        await using var journal = await SqliteJournal.OpenAsync(new SqliteJournalOptions(directory.Path).WithSecretKey(EngineHarness.Key), CancellationToken.None);
        await journal.AddHookAsync(TestEvents.Hook("watch-all", ["*"]), CancellationToken.None);
        var runner = new RecordingRunner();
        var builder = Host.CreateApplicationBuilder();
        builder.Services
            .AddSingleton(journal)
            .AddSingleton<IHookRunner>(runner)
            .AddSlothEngine(EngineHarness.TestOptions().WithWorkers(3), (akka, _) => akka.WithSingleNodeCluster());
        using var host = builder.Build();

        var engine = host.Services.GetRequiredService<EngineHost>();
        engine.Options.Workers.ShouldBe(3);
        host.Services.GetServices<IHostedService>().ShouldContain(engine);
        host.Services.GetRequiredService<IEventIngress>().ShouldBeSameAs(engine.Ingress);
        engine.Hooks.ShouldBeSameAs(host.Services.GetRequiredService<Hooks.IHookRegistryProvider>());

        await host.StartAsync();
        var system = host.Services.GetRequiredService<ActorSystem>();
        system.Name.ShouldBe(EngineServiceCollectionExtensions.SystemName);
        engine.Dispatcher.ShouldNotBeNull().Path.ToString().ShouldBe("akka://sloth/user/dispatcher");
        var evt = TestEvents.Of("task.completed");
        await host.Services.GetRequiredService<IEventIngress>().AcceptAsync([evt], CancellationToken.None);
        await Poll.UntilAsync(async () => (await journal.GetEventAsync(evt.Id, CancellationToken.None))?.Status == EventStatus.Completed, "the event completed");

        await host.StopAsync();

        system.WhenTerminated.IsCompleted.ShouldBeTrue("the host's stop ran the coordinated shutdown to its end");
        await Should.ThrowAsync<EngineUnavailableException>(() => engine.Ingress.AcceptAsync([TestEvents.Of("task.completed")], CancellationToken.None).AsTask());
        runner.RunsOf(evt.Id).ShouldBe(1);
    }

    private static IConfiguration Configure(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
