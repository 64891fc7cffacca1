using Microsoft.Extensions.Configuration;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Cluster;

/// <summary>
/// Settings of the retired PostgreSQL membership. A config that still sets one is refused, with
/// the setting named: silently ignoring <c>AutoDownAfter</c> would hide that downing now works
/// differently (Akka's Split Brain Resolver, after <c>Cluster:StableAfter</c>).
/// </summary>
public static class RemovedClusterSettings
{
    private const string Why =
        "was a setting of the PostgreSQL membership table, which Akka.Cluster replaced: remove it from the config file or environment " +
        "(Akka's Split Brain Resolver downs unreachable nodes after Cluster:StableAfter; see docs/operations.md, section 3)";

    public static IReadOnlyList<string> Keys { get; } = ["HeartbeatInterval", "UnreachableAfter", "AutoDownAfter", "LeaderLeaseTtl"];

    /// <exception cref="NodeOptionsException">The configuration sets one of <see cref="Keys"/>; the message names it.</exception>
    public static void Refuse(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var key in Keys)
        {
            var name = $"{ClusterOptions.SectionName}:{key}";
            if (configuration[name] is not null)
            {
                throw new NodeOptionsException($"{name} {Why}");
            }
        }
    }
}
