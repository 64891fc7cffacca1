using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// docker-compose.cluster.yml as plain maps, with YAML merge keys (<c>&lt;&lt;: *node</c>)
/// resolved the way compose resolves them.
/// </summary>
internal sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, ComposeService> services) => Services = services;

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    public IEnumerable<ComposeService> Nodes => Services.Values.Where(service => service.Command.Contains("--config"));

    public static ComposeFile Load(string path)
    {
        using var reader = new StreamReader(path);
        var root = (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize(new MergingParser(new Parser(reader)))!;
        var services = ((Dictionary<object, object>)root["services"]).ToDictionary(
            entry => (string)entry.Key,
            entry => new ComposeService((string)entry.Key, (Dictionary<object, object>)entry.Value));
        return new ComposeFile(services);
    }
}

internal sealed class ComposeService(string name, Dictionary<object, object> map)
{
    public string Name { get; } = name;

    public string? Image => Text("image");

    public IReadOnlyList<string> Command => List("command");

    public IReadOnlyList<string> Volumes => List("volumes");

    public IReadOnlyList<string> Ports => List("ports");

    public IReadOnlyDictionary<string, string> Environment =>
        map.TryGetValue("environment", out var value)
            ? ((Dictionary<object, object>)value).ToDictionary(entry => (string)entry.Key, entry => entry.Value?.ToString() ?? "")
            : new Dictionary<string, string>();

    public (string Context, string Dockerfile)? Build =>
        map.TryGetValue("build", out var value) && value is Dictionary<object, object> build
            ? ((string)build["context"], build.TryGetValue("dockerfile", out var file) ? (string)file : "Dockerfile")
            : null;

    /// <summary>The value following <paramref name="flag"/> in the service's command.</summary>
    public string? CommandValue(string flag)
    {
        var at = Command.ToList().IndexOf(flag);
        return at >= 0 && at + 1 < Command.Count ? Command[at + 1] : null;
    }

    private string? Text(string key) => map.TryGetValue(key, out var value) ? value as string : null;

    private IReadOnlyList<string> List(string key) =>
        map.TryGetValue(key, out var value) && value is List<object> items ? [.. items.Select(item => item.ToString()!)] : [];
}
