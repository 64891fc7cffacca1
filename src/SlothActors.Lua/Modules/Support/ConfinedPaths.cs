using SlothActors.Lua.Interop;
namespace SlothActors.Lua.Modules.Support;

/// <summary>
/// Keeps <c>file</c> and <c>file_ops</c> inside the configured roots. A path is made absolute
/// (a relative one against the first root), normalised, checked, then every symbolic link on
/// it is followed and the real path is checked again: <c>..</c> escapes and links that point
/// outside are refused. Callers must use the returned real path, never the hook's text.
/// </summary>
/// <remarks>
/// A link swapped in between the check and the open is not caught (no openat2 from .NET);
/// the roots should be directories that only the node writes to.
/// </remarks>
internal sealed class ConfinedPaths
{
    public const int MaxPathLength = 4096;
    private const int MaxLinkHops = 40;

    private readonly string[] _roots;

    public ConfinedPaths(IReadOnlyList<string> configuredRoots)
    {
        var roots = configuredRoots.Count > 0 ? configuredRoots : [Path.GetTempPath()];
        _roots = roots.Select(root => RealPath(Path.GetFullPath(root), 0).TrimEnd('/')).Select(r => r.Length == 0 ? "/" : r).ToArray();
    }

    public IReadOnlyList<string> Roots => _roots;

    /// <exception cref="LuaScriptException">The path is empty, too long, or leads outside every root.</exception>
    public string Resolve(string path)
    {
        if (path.Length is 0 or > MaxPathLength || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new LuaScriptException($"'{path}' is not a valid path (1 to {MaxPathLength} characters, no NUL)");
        }

        var full = Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.GetFullPath(path, _roots[0]);
        if (!IsInsideRoots(full))
        {
            throw new LuaScriptException($"'{path}' is outside the allowed file roots ({string.Join(", ", _roots)})");
        }

        var real = RealPath(full, 0);
        return IsInsideRoots(real)
            ? real
            : throw new LuaScriptException($"'{path}' leads through a symbolic link to '{real}', outside the allowed file roots ({string.Join(", ", _roots)})");
    }

    private bool IsInsideRoots(string fullPath) => _roots.Any(root =>
        root == "/"
        || fullPath.Equals(root, StringComparison.Ordinal)
        || (fullPath.StartsWith(root, StringComparison.Ordinal) && fullPath[root.Length] == '/'));

    // Follows links component by component; components that do not exist yet (a file about to be written) are kept as they are.
    private static string RealPath(string fullPath, int hops)
    {
        var current = "/";
        foreach (var part in fullPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Join(current, part);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                throw new LuaScriptException($"too many symbolic links under '{fullPath}'");
            }

            current = RealPath(Path.GetFullPath(target, current), hops);
        }

        return current;
    }
}
