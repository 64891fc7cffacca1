using System.Text.Json;
using System.Text.RegularExpressions;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>The files the two cluster launchers share: the node configs and run-local-cluster.sh's own settings.</summary>
internal static partial class LocalClusterFiles
{
    public static string ConfigDir { get; } = Path.Combine(Repo.Root, "cluster-config");

    public static string Script { get; } = Path.Combine(ConfigDir, "run-local-cluster.sh");

    public static string ComposePath { get; } = Path.Combine(Repo.Root, "docker-compose.cluster.yml");

    /// <summary>The config file names in the script's NODE_CONFIGS array.</summary>
    public static IReadOnlyList<string> ScriptConfigs()
    {
        var match = ConfigsLine().Match(File.ReadAllText(Script));
        match.Success.ShouldBeTrue("run-local-cluster.sh has no NODE_CONFIGS=(...) line");
        return match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// The identities make-certs.sh makes (its <c>names=(...)</c> array), each a folder of its
    /// default output dir, <c>cluster-config/certs</c>.
    /// </summary>
    public static IReadOnlyList<string> MakeCertsNames()
    {
        var script = File.ReadAllText(Path.Combine(ConfigDir, "make-certs.sh"));
        script.ShouldContain("out_dir=\"$script_dir/certs\"", Case.Sensitive, "the certificates land in cluster-config/certs unless told otherwise");
        var match = NamesLine().Match(script);
        match.Success.ShouldBeTrue("make-certs.sh has no names=(...) line");
        return match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A plain <c>NAME=value</c> assignment of the script.</summary>
    public static string ScriptSetting(string name)
    {
        var match = Regex.Match(File.ReadAllText(Script), $"^{name}=([^\\s]+)$", RegexOptions.Multiline);
        match.Success.ShouldBeTrue($"run-local-cluster.sh does not set {name}");
        return match.Groups[1].Value;
    }

    public static JsonElement Config(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConfigDir, fileName)));
        return document.RootElement.Clone();
    }

    /// <summary><c>Host=..;Port=..</c> as a case-insensitive map, the way Npgsql reads it.</summary>
    public static IReadOnlyDictionary<string, string> ConnectionString(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair.Length > 1 ? pair[1].Trim() : "", StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^NODE_CONFIGS=\(([^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex ConfigsLine();

    [GeneratedRegex(@"^names=\(([^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex NamesLine();
}
