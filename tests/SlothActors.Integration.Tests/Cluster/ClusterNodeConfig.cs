using System.Text.Json;
using System.Text.Json.Nodes;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// The config file (<c>sloth node run --config FILE</c>) of one test node, made from the local
/// script's <c>cluster-config/nodeN.json</c> so the tests run the topology the script runs:
/// the same names and settings, with what must differ on a test machine replaced (a free port,
/// the test's own PostgreSQL, short cluster timings).
/// </summary>
internal static class ClusterNodeConfig
{
    // Given per test run on the command line (free ports, the seeds made of them, private server,
    // temp dir), or derived from them: the three test nodes form one Akka cluster, as the script's do.
    private static readonly string[] PerRunSettings = ["Port", "AdvertiseAddress", "DataDir", "Postgres", "HooksDir", "RemotePort", "Seeds"];

    public static string ScriptConfigPath(int number) => Path.Combine(Repo.Root, "cluster-config", $"node{number}.json");

    /// <returns>The member name node <paramref name="number"/> (1-based) has in the script's config, or node-N when there is none.</returns>
    public static string NodeName(int number) =>
        Load(number)["Node"]?["NodeName"]?.GetValue<string>() ?? $"node-{number}";

    /// <summary>Writes node <paramref name="number"/>'s config into <paramref name="directory"/>.</summary>
    /// <returns>The file's path.</returns>
    public static string Write(int number, ClusterTimings timings, string directory)
    {
        var config = Load(number);
        var node = config["Node"] as JsonObject ?? [];
        config["Node"] = node;
        foreach (var setting in PerRunSettings)
        {
            node.Remove(setting);
        }

        // Loopback: a test node must never listen beyond this machine.
        node["Bind"] = "127.0.0.1";
        var cluster = config["Cluster"] as JsonObject ?? [];
        config["Cluster"] = cluster;
        foreach (var (key, value) in timings.Settings())
        {
            cluster[key] = value;
        }

        var path = Path.Combine(directory, $"node{number}.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private static JsonObject Load(int number)
    {
        var path = ScriptConfigPath(number);
        return File.Exists(path)
            ? JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject ?? []
            : [];
    }
}
