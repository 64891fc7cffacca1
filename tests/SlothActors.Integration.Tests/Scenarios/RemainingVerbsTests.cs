using System.Diagnostics;
using System.Net;
using System.Text;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary>
/// The verbs and endpoints the other scenarios do not reach, each once against the real node
/// process: types, delete, cleanup, tail (the WebSocket stream), correlation, stats and metrics.
/// </summary>
[Collection(SharedNodeCollection.Name)]
public class RemainingVerbsTests(SharedNode shared)
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Events_types_lists_the_catalog_served_by_the_node()
    {
        var types = await shared.SlothAsync("events", "types");

        types.ExitCode.ShouldBe(0, types.ToString());
        types.Out.ShouldContain("task.failed");
        types.Out.ShouldContain("agent.disconnected");
    }

    [Fact]
    public async Task Events_delete_removes_the_event_and_a_second_delete_says_it_is_gone()
    {
        (await shared.SlothAsync("events", "dispatch", "cov.delete", "--id", "cov-delete-1")).ExitCode.ShouldBe(0);
        await shared.FinishedAsync("cov-delete-1");

        var delete = await shared.SlothAsync("events", "delete", "cov-delete-1");
        delete.ExitCode.ShouldBe(0, delete.ToString());
        delete.Out.ShouldContain("Event cov-delete-1 deleted.");

        var get = await shared.SlothAsync("events", "get", "cov-delete-1");
        get.ExitCode.ShouldBe(1, get.ToString());
        get.Error.ShouldContain("cov-delete-1");
        (await shared.SlothAsync("events", "delete", "cov-delete-1")).ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Events_cleanup_reports_its_count_and_keeps_recent_events()
    {
        (await shared.SlothAsync("events", "dispatch", "cov.cleanup", "--id", "cov-cleanup-1")).ExitCode.ShouldBe(0);
        await shared.FinishedAsync("cov-cleanup-1");

        var cleanup = await shared.SlothAsync("events", "cleanup", "--older-than", "720h");

        cleanup.ExitCode.ShouldBe(0, cleanup.ToString());
        cleanup.Out.ShouldContain("Deleted 0 events older than 720h");
        (await shared.GetJsonAsync("/events/cov-cleanup-1")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Events_tail_prints_a_new_event_of_its_type_as_the_node_accepts_it()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in new[] { Repo.SlothDll, "events", "tail", "--type", "cov.tail" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SLOTH_NODE"] = shared.Node.RemoteAddress;
        start.Environment.Remove("SLOTH_TOKEN");
        using var tail = Process.Start(start)!;
        var seen = new StringBuilder();
        var line = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tail.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (seen)
            {
                seen.AppendLine(e.Data);
            }

            if (e.Data.Contains("cov-tail-", StringComparison.Ordinal))
            {
                line.TrySetResult();
            }
        };
        tail.BeginOutputReadLine();
        try
        {
            // The tail subscribes a moment after its process starts: dispatch until it prints one.
            // Each round sends an event of another type first, which the filter must keep out.
            var round = 0;
            await shared.UntilAsync("the tail printing a cov.tail event", async () =>
            {
                round++;
                (await shared.SlothAsync("events", "dispatch", "cov.other", "--id", $"cov-other-{round}")).ExitCode.ShouldBe(0);
                (await shared.SlothAsync("events", "dispatch", "cov.tail", "--id", $"cov-tail-{round}", "--data", """{"n": 7}""")).ExitCode.ShouldBe(0);
                try
                {
                    await line.Task.WaitAsync(TimeSpan.FromSeconds(2));
                    return true;
                }
                catch (TimeoutException)
                {
                    return false;
                }
            });

            await line.Task.WaitAsync(TimeSpan.FromSeconds(30));
            lock (seen)
            {
                var text = seen.ToString();
                text.ShouldContain("cov.tail");
                text.ShouldContain("\"n\":7");
                text.ShouldNotContain("cov-other-");
            }
        }
        finally
        {
            tail.Kill(entireProcessTree: true);
            await tail.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Correlation_stats_and_metrics_answer_for_events_posted_over_http()
    {
        const string Body = """
            [{"event_id": "cov-corr-1", "event_type": "cov_batch", "source_system": "crackerjack", "correlation_id": "cov-corr", "severity": "warning"},
             {"event_id": "cov-corr-2", "event_type": "cov_batch", "source_system": "crackerjack", "correlation_id": "cov-corr"}]
            """;
        using var posted = await Http.PostAsync(shared.Url + "/events/batch", new StringContent(Body, Encoding.UTF8, "application/json"));
        posted.StatusCode.ShouldBe(HttpStatusCode.Created);

        var correlation = (await shared.GetJsonAsync("/events/correlation/cov-corr"))!.Value;
        correlation.GetProperty("count").GetInt32().ShouldBe(2);
        correlation.GetProperty("correlation_id").GetString().ShouldBe("cov-corr");

        var stats = (await shared.GetJsonAsync("/events/stats"))!.Value;
        stats.GetProperty("by_source_system").GetProperty("crackerjack").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        stats.GetProperty("by_event_type").GetProperty("cov_batch").GetInt32().ShouldBe(2);

        await shared.FinishedAsync("cov-corr-2");
        var metrics = await Http.GetStringAsync(shared.Url + "/metrics");
        metrics.ShouldContain("sloth_events_accepted_total{category=\"cov_batch\",type=\"cov_batch\"} 2");
        metrics.ShouldContain("# TYPE sloth_hook_duration_seconds histogram");
    }
}
