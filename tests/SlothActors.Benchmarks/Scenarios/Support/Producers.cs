using SlothActors.Engine.Ingress;
using SlothActors.Events;
using SlothActors.Events.Ingress;

namespace SlothActors.Benchmarks.Scenarios.Support;

/// <summary>Several producer tasks taking pre-built batches from one shared list and sending each through the ingress.</summary>
internal static class Producers
{
    /// <param name="window">When given, a batch is sent only while the events in flight stay within it.</param>
    /// <returns>How many times a producer was told the engine was overloaded and retried.</returns>
    public static async Task<long> SendAllAsync(
        IEventIngress ingress, IReadOnlyList<Event[]> batches, int producers, CancellationToken cancellationToken, InFlightWindow? window = null)
    {
        var next = -1;
        long refusals = 0;
        var tasks = Enumerable.Range(0, producers).Select(_ => Task.Run(
            async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < batches.Count)
                {
                    if (window is not null)
                    {
                        await window.EnterAsync(batches[index].Length);
                    }

                    while (true)
                    {
                        try
                        {
                            await ingress.AcceptAsync(batches[index], cancellationToken);
                            break;
                        }
                        catch (EngineOverloadedException)
                        {
                            // The engine asked us to back off; a producer would do the same.
                            Interlocked.Increment(ref refusals);
                            await Task.Delay(1, cancellationToken);
                        }
                    }
                }
            },
            cancellationToken)).ToList();
        await Task.WhenAll(tasks);
        return refusals;
    }
}
