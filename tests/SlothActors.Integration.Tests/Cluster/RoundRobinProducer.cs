using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// Posts numbered events in batches to <c>POST /events/batch</c>, batch i to node i mod n, as
/// several concurrent producers. A batch a node refuses or cannot take (killed, leaving) goes
/// to the next node, as a real client would retry it: the event ids stay the same, so a batch
/// a dead node committed but never acknowledged is the same events again, not new ones. Only a
/// 201 counts as acknowledged.
/// </summary>
internal sealed class RoundRobinProducer(HttpClient http, IReadOnlyList<(string Name, string Url)> nodes, string type, string idPrefix)
{
    private readonly ConcurrentDictionary<string, string> _acceptedBy = new(StringComparer.Ordinal);
    private int _acknowledged;
    private int _redirected;

    /// <summary>Event id to the name of the node that acknowledged it.</summary>
    public IReadOnlyDictionary<string, string> AcceptedBy => _acceptedBy;

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Batches that their round-robin node did not take and another node did.</summary>
    public int Redirected => Volatile.Read(ref _redirected);

    public IEnumerable<string> AcceptedByNode(string name) => _acceptedBy.Where(a => a.Value == name).Select(a => a.Key);

    /// <param name="midway">Run once, by the producer whose batch brought the acknowledged count to
    /// at least <c>After</c>, while the other producers keep posting.</param>
    /// <param name="stop">Ends the run early: no new batch is started once it is cancelled.</param>
    public async Task RunAsync(int count, int batchSize, int producers, (int After, Func<Task> Action)? midway = null, CancellationToken stop = default)
    {
        var batches = (count + batchSize - 1) / batchSize;
        var next = -1;
        var midwayTaken = 0;
        await Task.WhenAll(Enumerable.Range(0, producers).Select(_ => Task.Run(async () =>
        {
            int batch;
            while (!stop.IsCancellationRequested && (batch = Interlocked.Increment(ref next)) < batches)
            {
                var ids = Enumerable.Range(batch * batchSize, Math.Min(batchSize, count - (batch * batchSize))).Select(i => $"{idPrefix}{i}").ToList();
                var acknowledged = await PostAsync(batch, ids);
                if (midway is { } step && acknowledged >= step.After && Interlocked.Exchange(ref midwayTaken, 1) == 0)
                {
                    await step.Action();
                }
            }
        })));
    }

    private async Task<int> PostAsync(int batch, IReadOnlyList<string> ids)
    {
        var body = "[" + string.Join(",", ids.Select(id => $$$"""{"event_id":"{{{id}}}","event_type":"{{{type}}}","data":{"batch":{{{batch}}}}}""")) + "]";
        var refusals = new StringBuilder();
        for (var attempt = 0; attempt < nodes.Count * 3; attempt++)
        {
            var (name, url) = nodes[(batch + attempt) % nodes.Count];
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(url + "/events/batch", content);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    foreach (var id in ids)
                    {
                        _acceptedBy[id] = name;
                    }

                    if (attempt > 0)
                    {
                        Interlocked.Increment(ref _redirected);
                    }

                    return Interlocked.Add(ref _acknowledged, ids.Count);
                }

                refusals.AppendLine($"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                refusals.AppendLine($"{name}: {ex.Message}");
            }
        }

        throw new InvalidOperationException($"no node took batch {batch}:\n{refusals}");
    }
}
