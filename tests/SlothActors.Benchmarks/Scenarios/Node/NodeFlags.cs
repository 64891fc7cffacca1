using SlothActors.Benchmarks.Scenarios.Support;

namespace SlothActors.Benchmarks.Scenarios.Node;

/// <summary>Engine flags of a scenario's command line passed on to <c>node run</c>; the node's defaults otherwise.</summary>
internal static class NodeFlags
{
    private static readonly (string Bench, string Node)[] Passed =
    [
        ("--capacity", "--capacity"),
        ("--workers", "--workers"),
        ("--threads", "--execution-threads"),
    ];

    public static IReadOnlyList<string> From(BenchArgs options) =>
        [.. Passed.Where(p => options.Text(p.Bench) is not null).SelectMany(p => new[] { p.Node, options.Text(p.Bench)! })];
}
