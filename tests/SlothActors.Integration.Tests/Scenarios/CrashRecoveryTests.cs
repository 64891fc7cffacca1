using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using SlothActors.Integration.Tests.Processes;
using SlothActors.TestKit;

namespace SlothActors.Integration.Tests.Scenarios;

public class CrashRecoveryTests
{
    private const int BatchSize = 100;
    private const int AcknowledgedBeforeKill = 3000;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Every_acknowledged_event_completes_after_kill_9_under_load_and_a_restart()
    {
        var dataDir = Directory.CreateTempSubdirectory("sloth-it-crash-").FullName;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var acknowledged = new ConcurrentBag<string>();
        try
        {
            var first = await NodeProcess.StartAsync(dataDir);
            var hook = JsonSerializer.Serialize(new { script = SharedNode.Hook("crash_hook", "crash.load") });
            (await http.PostAsync(first.Url + "/hooks", Json(hook))).StatusCode.ShouldBe(HttpStatusCode.Created);

            using var stop = new CancellationTokenSource();
            var producers = Enumerable.Range(0, 2).Select(p => ProduceAsync(http, first.Url, p, acknowledged, stop.Token)).ToArray();
            await Poll.UntilAsync(
                () => acknowledged.Count >= AcknowledgedBeforeKill || producers.Any(t => t.IsCompleted), $"{AcknowledgedBeforeKill} acknowledgements", Deadline);

            acknowledged.Count.ShouldBeGreaterThanOrEqualTo(AcknowledgedBeforeKill, first.Log);
            await first.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(producers);
            var acked = acknowledged.ToHashSet(StringComparer.Ordinal);

            await using var second = await NodeProcess.StartAsync(dataDir);
            var completed = await CompletedIdsAsync(http, second, acked.Count);
            acked.Except(completed).ShouldBeEmpty();
            completed.Count.ShouldBeGreaterThanOrEqualTo(acked.Count);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // Posts batches until the node dies or the test stops it; only a 201 counts as acknowledged.
    private static async Task ProduceAsync(HttpClient http, string url, int producer, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        for (var batch = 0; !stop.IsCancellationRequested; batch++)
        {
            var ids = Enumerable.Range(0, BatchSize).Select(i => $"crash-{producer}-{batch}-{i}").ToArray();
            var body = "[" + string.Join(",", ids.Select(id => $$"""{"event_id": "{{id}}", "event_type": "crash.load"}""")) + "]";
            try
            {
                using var response = await http.PostAsync(url + "/events/batch", Json(body), stop);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                return;
            }

            foreach (var id in ids)
            {
                acknowledged.Add(id);
            }
        }
    }

    private static async Task<HashSet<string>> CompletedIdsAsync(HttpClient http, NodeProcess node, int expected)
    {
        await Poll.ValueAsync(
            async () => await CountAsync(http, node.Url, "pending") + await CountAsync(http, node.Url, "processing"),
            open => open == 0,
            "every event finishing after the restart (the value is how many are still open)",
            Deadline);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += 1000)
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync($"{node.Url}/events?event_type=crash.load&status=completed&limit=1000&offset={offset}"));
            var events = page.RootElement.GetProperty("events");
            foreach (var evt in events.EnumerateArray())
            {
                ids.Add(evt.GetProperty("event_id").GetString()!);
            }

            if (events.GetArrayLength() < 1000)
            {
                return ids;
            }
        }
    }

    private static async Task<int> CountAsync(HttpClient http, string url, string status)
    {
        using var page = JsonDocument.Parse(await http.GetStringAsync($"{url}/events?event_type=crash.load&status={status}&limit=1"));
        return page.RootElement.GetProperty("count").GetInt32();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
