using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Health;
using SlothActors.Client.Resilience;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Health;

public sealed class HealthTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private TestCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await TestCollector.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task A_fresh_hook_is_healthy_with_the_spec_fields()
    {
        await using var hook = TestHooks.Create(_collector.Url, _time);
        await hook.EmitAsync("ping");

        var health = await hook.HealthCheckAsync();

        health.ShouldBe(new EventHookHealth(
            HookStatus.Healthy, "billing", 1, 0, 0, null, _time.GetUtcNow(), CircuitState.Closed,
            new CircuitBreakerMetrics(CircuitState.Closed, 0, 1, 5, TimeSpan.FromSeconds(60))));
    }

    [Fact]
    public async Task Failures_without_a_success_since_make_it_degraded_and_a_success_heals_it()
    {
        _collector.FailNext(1);
        await using var hook = TestHooks.Create(_collector.Url, _time, o => o with { MaxRetries = 0 });

        await hook.EmitAsync("ping");
        var degraded = await hook.HealthCheckAsync();
        await hook.EmitAsync("ping");

        degraded.Status.ShouldBe(HookStatus.Degraded);
        degraded.LastError.ShouldNotBeNull().ShouldContain("500");
        (await hook.HealthCheckAsync()).Status.ShouldBe(HookStatus.Healthy);
    }

    [Fact]
    public async Task Health_serializes_with_the_ecosystem_names()
    {
        await using var hook = TestHooks.Create(_collector.Url, _time);

        var json = JsonSerializer.Serialize(await hook.HealthCheckAsync(), EventHookJson.Options);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("status").GetString().ShouldBe("healthy");
        root.GetProperty("system").GetString().ShouldBe("billing");
        root.GetProperty("events_emitted").GetInt64().ShouldBe(0);
        root.GetProperty("circuit_breaker_state").GetString().ShouldBe("closed");
        root.GetProperty("circuit_breaker_metrics").GetProperty("failure_threshold").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task All_hook_metrics_are_keyed_by_system()
    {
        await using var billing = TestHooks.Create(_collector.Url, _time);
        await using var shipping = TestHooks.Create(_collector.Url, _time, o => o with { SourceSystem = "shipping" });
        await shipping.EmitAsync("parcel_sent");

        var all = await EventHook.GetAllHookMetricsAsync([billing, shipping]);

        all.Keys.Order().ShouldBe(["billing", "shipping"]);
        all["shipping"].EventsEmitted.ShouldBe(1);
        all["billing"].EventsEmitted.ShouldBe(0);
    }
}
