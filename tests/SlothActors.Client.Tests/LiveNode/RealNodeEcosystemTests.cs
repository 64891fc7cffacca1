using SlothActors.Client.Catalog;
using SlothActors.Client.Correlation;
using SlothActors.Client.Ecosystem;
using SlothActors.Client.Tests.Support;
using SlothActors.Client.Tracking;

namespace SlothActors.Client.Tests.LiveNode;

/// <summary>The typed hooks' event types and the tracking helper's events pass the real node's grammar.</summary>
[Collection(RealNodeCollection.Name)]
public sealed class RealNodeEcosystemTests(RealNode node)
{
    private readonly string _correlation = EventCorrelation.NewId();

    [Fact]
    public async Task Every_ecosystem_factorys_events_are_accepted_and_stored_under_their_system()
    {
        await using var mahavishnu = EventHookFactory.CreateMahavishnuHook(node.Url);
        await using var crackerjack = EventHookFactory.CreateCrackerjackHook(node.Url);
        await using var sessionBuddy = EventHookFactory.CreateSessionBuddyHook(node.Url);
        await using var akosha = EventHookFactory.CreateAkoshaHook(node.Url);
        await using var oneiric = EventHookFactory.CreateOneiricHook(node.Url);

        EmitOutcome[] outcomes =
        [
            await mahavishnu.EmitWorkflowStartedAsync("wf_1", "sync", "dotnet", ["/src/a"], _correlation),
            await mahavishnu.EmitWorkflowFailedAsync("wf_1", "sync", "disk full", "IOException", "dotnet", _correlation),
            await crackerjack.EmitQualityCheckStartedAsync("lint", "/src/a", "check_1", _correlation),
            await crackerjack.EmitQualityIssueFoundAsync("style", Severity.Error, "a.cs", 7, "too long", "check_1", _correlation),
            await sessionBuddy.EmitSessionCreatedAsync("s_1", "billing", correlationId: _correlation),
            await akosha.EmitAnomalyDetectedAsync("an_1", "latency", 0.93, "p99 doubled", correlationId: _correlation),
            await oneiric.EmitCacheMissAsync("adapters:db", "memory", _correlation),
            await crackerjack.Catalog().Deploy.StartedAsync(new DeployInfo("d_1", "v1.2.0", "staging"), correlationId: _correlation),
        ];

        outcomes.ShouldAllBe(o => o == EmitOutcome.Delivered);
        var stored = (await node.EventsAsync(_correlation)).ToDictionary(e => e.GetProperty("event_type").GetString()!, e => e);
        stored.Keys.ShouldBe(
            ["workflow_started", "workflow_failed", "quality_check_started", "quality_issue_found", "session_created", "anomaly_detected", "cache_miss", "deploy.started"],
            ignoreOrder: true);
        stored["workflow_started"].GetProperty("source_system").GetString().ShouldBe("mahavishnu");
        stored["session_created"].GetProperty("source_system").GetString().ShouldBe("session_buddy");
        stored["anomaly_detected"].GetProperty("source_system").GetString().ShouldBe("akosha");
        stored["cache_miss"].GetProperty("source_system").GetString().ShouldBe("oneiric");
        stored["cache_miss"].GetProperty("severity").GetString().ShouldBe("debug");
        stored["quality_issue_found"].GetProperty("severity").GetString().ShouldBe("error");
        stored["workflow_started"].GetProperty("data").GetProperty("repos")[0].GetString().ShouldBe("/src/a");
    }

    [Fact]
    public async Task Tracking_stores_starting_and_success_then_starting_and_failed_under_one_correlation_each()
    {
        await using var hook = EventHookFactory.CreateMahavishnuHook(node.Url);
        var failing = EventCorrelation.NewId();

        var result = await hook.TrackAsync("import", _ => Task.FromResult(3), new TrackingOptions(IncludeResult: true, CorrelationId: _correlation));
        await Should.ThrowAsync<InvalidOperationException>(() =>
            hook.TrackAsync("import", _ => throw new InvalidOperationException("no rows"), new TrackingOptions(CorrelationId: failing)));

        result.ShouldBe(3);
        var succeeded = await node.EventsAsync(_correlation);
        succeeded.Select(e => e.GetProperty("event_type").GetString()).ShouldBe(["import_starting", "import_success"], ignoreOrder: true);
        succeeded.Single(e => e.GetProperty("event_type").GetString() == "import_success").GetProperty("data").GetProperty("result").GetInt32().ShouldBe(3);
        var failed = await node.EventsAsync(failing);
        failed.Select(e => e.GetProperty("event_type").GetString()).ShouldBe(["import_starting", "import_failed"], ignoreOrder: true);
        var failure = failed.Single(e => e.GetProperty("event_type").GetString() == "import_failed");
        failure.GetProperty("severity").GetString().ShouldBe("error");
        failure.GetProperty("data").GetProperty("error").GetString().ShouldBe("no rows");
    }
}
