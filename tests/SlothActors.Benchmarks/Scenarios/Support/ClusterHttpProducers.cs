using System.Net;
using System.Text;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>
/// Producers posting pre-built <c>POST /events/batch</c> bodies over HTTP, batch i to node
/// i mod n; a batch a node refuses (overloaded) goes to the next node, as a client would send it.
/// </summary>
internal static class ClusterHttpProducers
{
    private const int MaxAttempts = 1000;

    /// <returns>How many times a batch was refused and sent to the next node.</returns>
    public static async Task<long> PostAllAsync(HttpClient http, IReadOnlyList<string> nodeUrls, IReadOnlyList<string> bodies, int producers, CancellationToken cancellationToken)
    {
        var next = -1;
        long refusals = 0;
        await Task.WhenAll(Enumerable.Range(0, producers).Select(_ => Task.Run(
            async () =>
            {
                int batch;
                while ((batch = Interlocked.Increment(ref next)) < bodies.Count)
                {
                    for (var attempt = 0; ; attempt++)
                    {
                        using var content = new StringContent(bodies[batch], Encoding.UTF8, "application/json");
                        using var response = await http.PostAsync(nodeUrls[(batch + attempt) % nodeUrls.Count] + "/events/batch", content, cancellationToken);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            break;
                        }

                        if (attempt == MaxAttempts)
                        {
                            throw new InvalidOperationException($"batch {batch} refused {MaxAttempts} times, last: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                        }

                        Interlocked.Increment(ref refusals);
                    }
                }
            },
            cancellationToken)));
        return refusals;
    }

    /// <summary>
    /// Bodies of <paramref name="count"/> events of <paramref name="type"/>, <paramref name="batchSize"/>
    /// per batch, each with its own id: a batch refused and sent to the next node is the same
    /// events again, as a client retrying with the same ids would send, not new ones.
    /// </summary>
    public static List<string> Bodies(int count, int batchSize, string type) =>
        Enumerable.Range(0, count)
            .Select(i => $$$"""{"event_id":"{{{type}}}-{{{i}}}","event_type":"{{{type}}}","data":{"task":"build","n":{{{i}}}}}""")
            .Chunk(batchSize)
            .Select(batch => "[" + string.Join(",", batch) + "]")
            .ToList();
}
