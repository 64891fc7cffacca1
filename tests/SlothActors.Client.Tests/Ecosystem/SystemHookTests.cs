using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SlothActors.Client.Ecosystem;
using SlothActors.Client.Tests.Support;

namespace SlothActors.Client.Tests.Ecosystem;

public sealed class SystemHookTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private TestCollector _collector = null!;

    public async Task InitializeAsync() => _collector = await TestCollector.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    [Fact]
    public async Task Mahavishnu_emits_its_five_workflow_events_with_the_spec_fields()
    {
        await using var hook = EventHookFactory.CreateMahavishnuHook(_collector.Url, timeProvider: _time);

        await hook.EmitWorkflowStartedAsync("wf_1", "quality_fix", "llamaindex", ["/repo"], "x-1");
        await hook.EmitWorkflowCompletedAsync("wf_1", "quality_fix", 12.5, "llamaindex", 1);
        await hook.EmitWorkflowFailedAsync("wf_2", "quality_fix", "boom", "RuntimeError", "llamaindex");
        await hook.EmitAgentSpawnedAsync("a1", "coder", "pool_1");
        await hook.EmitPoolScaledAsync("pool_1", 2, 4, "backlog");

        Types().ShouldBe([
            ("workflow_started", "info"), ("workflow_completed", "info"), ("workflow_failed", "error"), ("agent_spawned", "info"), ("pool_scaled", "info"),
        ]);
        _collector.StoredEvents.ShouldAllBe(e => e.GetProperty("source_system").GetString() == "mahavishnu");
        Keys(0).ShouldBe(["adapter", "repos", "workflow_id", "workflow_type"]);
        Keys(1).ShouldBe(["adapter", "duration_seconds", "repos_processed", "workflow_id", "workflow_type"]);
        Keys(2).ShouldBe(["adapter", "error_message", "error_type", "workflow_id", "workflow_type"]);
        _collector.StoredEvents[0].GetProperty("correlation_id").GetString().ShouldBe("x-1");
    }

    [Fact]
    public async Task Crackerjack_emits_its_five_quality_events_with_the_spec_fields()
    {
        await using var hook = EventHookFactory.CreateCrackerjackHook(_collector.Url, timeProvider: _time);

        await hook.EmitQualityCheckStartedAsync("lint", "repo", "c1");
        await hook.EmitQualityIssueFoundAsync("style", Severity.Error, "a.py", 3, "too long", "c1");
        await hook.EmitQualityScoreUpdatedAsync("repo", 80, 85.5, "c1");
        await hook.EmitTestCompletedAsync("unit", 10, 1, 0, 3.2);
        await hook.EmitCoverageCalculatedAsync("repo", 91.5, 915, 1000);

        Types().ShouldBe([
            ("quality_check_started", "info"), ("quality_issue_found", "error"), ("quality_score_updated", "info"), ("test_completed", "info"), ("coverage_calculated", "info"),
        ]);
        Keys(0).ShouldBe(["check_id", "check_type", "repository"]);
        Keys(1).ShouldBe(["check_id", "file_path", "issue_type", "line_number", "message", "severity"]);
        Keys(2).ShouldBe(["check_id", "new_score", "old_score", "repository", "score_change"]);
        Data(2).GetProperty("score_change").GetDouble().ShouldBe(5.5);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => hook.EmitQualityIssueFoundAsync("style", Severity.Info, "a.py", 3, "x", "c1"));
    }

    [Fact]
    public async Task Session_buddy_emits_its_five_session_events()
    {
        await using var hook = EventHookFactory.CreateSessionBuddyHook(_collector.Url, timeProvider: _time);

        await hook.EmitSessionCreatedAsync("s1", "proj");
        await hook.EmitSessionRestoredAsync("s1", "cp1");
        await hook.EmitEntityCreatedAsync("e1", "person", "Ada");
        await hook.EmitRelationCreatedAsync("e1", "e2", "knows");
        await hook.EmitMemoryCheckpointAsync("s1", "cp2", 2048);

        Types().Select(t => t.Type).ShouldBe(["session_created", "session_restored", "entity_created", "relation_created", "memory_checkpoint"]);
        _collector.StoredEvents.ShouldAllBe(e => e.GetProperty("source_system").GetString() == "session_buddy");
    }

    [Fact]
    public async Task Akosha_emits_its_four_analytics_events_and_anomalies_are_warnings_or_errors()
    {
        await using var hook = EventHookFactory.CreateAkoshaHook(_collector.Url, timeProvider: _time);

        await hook.EmitPatternDetectedAsync("p1", "spike", 0.9, "cpu spikes at noon");
        await hook.EmitAnomalyDetectedAsync("an1", "latency", 0.99, "p99 x10");
        await hook.EmitAnomalyDetectedAsync("an2", "latency", 0.999, "p99 x100", Severity.Error);
        await hook.EmitInsightGeneratedAsync("i1", "cost", "idle nodes");
        await hook.EmitCorrelationFoundAsync("deploys", "errors", "temporal", 0.8);

        Types().ShouldBe([
            ("pattern_detected", "info"), ("anomaly_detected", "warning"), ("anomaly_detected", "error"), ("insight_generated", "info"), ("correlation_found", "info"),
        ]);
    }

    [Fact]
    public async Task Oneiric_emits_its_four_events_and_cache_events_are_debug()
    {
        await using var hook = EventHookFactory.CreateOneiricHook(_collector.Url, timeProvider: _time);

        await hook.EmitAdapterResolvedAsync("redis", "cache", 1.5);
        await hook.EmitComponentLoadedAsync("auth", "service", 20);
        await hook.EmitCacheHitAsync("user:1", "redis");
        await hook.EmitCacheMissAsync("user:2", "redis");

        Types().ShouldBe([("adapter_resolved", "info"), ("component_loaded", "info"), ("cache_hit", "debug"), ("cache_miss", "debug")]);
    }

    [Fact]
    public async Task A_system_hook_disposes_the_hook_it_wraps_and_so_flushes_it()
    {
        var hook = EventHookFactory.CreateMahavishnuHook(_collector.Url, o => o.WithBatching(100), timeProvider: _time);
        await hook.EmitPoolScaledAsync("pool_1", 1, 2, "load");

        await hook.DisposeAsync();

        _collector.StoredEvents.ShouldHaveSingleItem();
    }

    private (string Type, string Severity)[] Types() =>
        [.. _collector.StoredEvents.Select(e => (e.GetProperty("event_type").GetString()!, e.GetProperty("severity").GetString()!))];

    private JsonElement Data(int index) => _collector.StoredEvents[index].GetProperty("data");

    private string[] Keys(int index) => [.. Data(index).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
