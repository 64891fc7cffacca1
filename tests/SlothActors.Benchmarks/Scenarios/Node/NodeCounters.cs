using System.Globalization;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>
/// The node's counters and gauges from one <c>GET /metrics</c> scrape, each summed over its labels.
/// The completed and failed counters move after the recorder's commit, so they count events
/// finished with their executions recorded.
/// </summary>
internal sealed record NodeCounters(double Accepted, double Completed, double Failed, double Executions, double InFlight, double Pending)
{
    public double Finished => Completed + Failed;

    public static async Task<NodeCounters> ScrapeAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync("metrics", cancellationToken);
        return new NodeCounters(
            Sum(text, "sloth_events_accepted_total"),
            Sum(text, "sloth_events_completed_total"),
            Sum(text, "sloth_events_failed_total"),
            Sum(text, "sloth_hook_executions_total"),
            Sum(text, "sloth_events_in_flight"),
            Sum(text, "sloth_events_pending"));
    }

    private static double Sum(string exposition, string name)
    {
        var sum = 0.0;
        foreach (var line in exposition.AsSpan().EnumerateLines())
        {
            // "name{labels} value" or "name value"; "# HELP name" and longer names sharing the prefix are skipped.
            if (!line.StartsWith(name) || line.Length == name.Length || (line[name.Length] != '{' && line[name.Length] != ' '))
            {
                continue;
            }

            var value = line[(line.LastIndexOf(' ') + 1)..];
            sum += double.Parse(value, CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
