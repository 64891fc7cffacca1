using System.Collections.Frozen;
using System.Reflection;

namespace SlothActors.Node.Ui;

/// <summary>
/// The web UI's files, embedded in this assembly (see the csproj) so that <c>dotnet run</c>, the
/// published node and the container all serve the same files with nothing on disk to lose.
/// Read once at startup: a few dozen kilobytes.
/// </summary>
internal sealed class UiAssets
{
    private const string Prefix = "ui/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, UiAsset> _assets;

    private UiAssets(FrozenDictionary<string, UiAsset> assets) => _assets = assets;

    public static UiAssets Embedded { get; } = Load(typeof(UiAssets).Assembly);

    public int Count => _assets.Count;

    /// <param name="path">Relative to <c>/ui/</c>, e.g. <c>js/app.js</c>; empty for the page itself.</param>
    public UiAsset? Find(string path) =>
        _assets.GetValueOrDefault(path.Length == 0 ? "index.html" : path);

    private static UiAssets Load(Assembly assembly)
    {
        var assets = new Dictionary<string, UiAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var path = name[Prefix.Length..].Replace('\\', '/');
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            assets[path] = new UiAsset(copy.ToArray(), type);
        }

        return new UiAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
