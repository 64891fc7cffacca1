using System.Text.Json;
using SlothActors.Client.Catalog;
using SlothActors.Client.Correlation;
using SlothActors.Client.Ecosystem;
using SlothActors.Client.Health;
using SlothActors.Client.Tracking;

namespace SlothActors.Client.Sample;

/// <summary>Emits a small, realistic set of events to a node and reports whether every one was stored.</summary>
public static class SampleRun
{
    /// <summary>The types this run emits, in order, so a test can look for each of them on the node.</summary>
    public static readonly IReadOnlyList<string> EventTypes =
    [
        "workflow_started", "sample_import_starting", "task.completed", "sample_import_success", "quality_check_started", "deploy.started", "workflow_completed",
    ];

    /// <param name="configure">Adjusts both hooks' options after the sample's own choices.</param>
    /// <returns>0 when the node stored every event, 1 otherwise.</returns>
    public static async Task<int> RunAsync(
        Uri node, string? token, TextWriter output, Func<EventHookOptions, EventHookOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        configure ??= options => options;
        var correlationId = EventCorrelation.NewId();
        using var scope = EventCorrelation.Begin(correlationId);

        // Unbatched: each emit is one POST /events and returns Delivered once the node stored it.
        await using var mahavishnu = EventHookFactory.CreateMahavishnuHook(node, o => configure(token is null ? o : o.WithApiToken(token)));
        // Batched: events wait for a flush (100 events, 5 s, or the DisposeAsync at the end of this method).
        await using var crackerjack = EventHookFactory.CreateCrackerjackHook(node, o => configure((token is null ? o : o.WithApiToken(token)).WithBatching()));

        await mahavishnu.EmitWorkflowStartedAsync("wf_sample", "sample", "dotnet", ["/src/sample"], cancellationToken: cancellationToken);
        var imported = await mahavishnu.TrackAsync(
            "sample_import",
            async token =>
            {
                await mahavishnu.Catalog().Task.CompletedAsync(new TaskInfo("import_rows", Duration: TimeSpan.FromSeconds(2)), cancellationToken: token);
                return 3;
            },
            new TrackingOptions(IncludeResult: true),
            cancellationToken);
        await crackerjack.EmitQualityCheckStartedAsync("lint", "/src/sample", "check_1", cancellationToken: cancellationToken);
        await crackerjack.Catalog().Deploy.StartedAsync(new DeployInfo("deploy_1", "v1.0.0", "staging"), cancellationToken: cancellationToken);
        await mahavishnu.EmitWorkflowCompletedAsync("wf_sample", "sample", 2.5, "dotnet", imported, cancellationToken: cancellationToken);

        await crackerjack.ShutdownAsync(cancellationToken);
        var health = await EventHook.GetAllHookMetricsAsync([mahavishnu, crackerjack], cancellationToken);
        await output.WriteLineAsync($"correlation id: {correlationId}");
        await output.WriteLineAsync(JsonSerializer.Serialize(health, EventHookJson.Options));
        var stored = health.Values.Sum(h => h.EventsEmitted);
        var failed = health.Values.Sum(h => h.EventsFailed);
        await output.WriteLineAsync($"{stored} of {EventTypes.Count} events stored, {failed} failed");
        return stored == EventTypes.Count && failed == 0 ? 0 : 1;
    }
}
