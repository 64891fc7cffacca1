using System.Globalization;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.FileOps;

/// <summary>
/// <c>copy</c>: copies <c>src</c> to <c>dest</c> (into it, when <c>dest</c> is a directory) and
/// sets <c>mode</c>, an octal string such as "0644". Unchanged when the bytes and mode already match.
/// </summary>
internal static class CopyFile
{
    public static FileChange Apply(ConfinedPaths paths, LuaOptions options)
    {
        var source = paths.Resolve(options.RequiredString("src"));
        if (!System.IO.File.Exists(source))
        {
            throw new LuaScriptException($"'{source}' does not exist or is not a file");
        }

        var dest = paths.Resolve(options.RequiredString("dest"));
        if (Directory.Exists(dest))
        {
            dest = paths.Resolve(Path.Join(dest, Path.GetFileName(source)));
        }

        var mode = Mode(options.String("mode"));
        var changed = false;
        if (!System.IO.File.Exists(dest) || !SameBytes(source, dest))
        {
            System.IO.File.Copy(source, dest, overwrite: true);
            changed = true;
        }

        if (mode is { } wanted && !OperatingSystem.IsWindows() && System.IO.File.GetUnixFileMode(dest) != wanted)
        {
            System.IO.File.SetUnixFileMode(dest, wanted);
            changed = true;
        }

        return new FileChange(changed, dest);
    }

    private static UnixFileMode? Mode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            var bits = Convert.ToInt32(text, 8);
            return bits is >= 0 and <= 0x1FF ? (UnixFileMode)bits : throw new FormatException();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            throw new LuaScriptException(string.Create(CultureInfo.InvariantCulture, $"mode must be an octal string from \"0000\" to \"0777\", got \"{text}\""), ex);
        }
    }

    private static bool SameBytes(string a, string b)
    {
        var left = new FileInfo(a);
        var right = new FileInfo(b);
        return left.Length == right.Length && System.IO.File.ReadAllBytes(a).AsSpan().SequenceEqual(System.IO.File.ReadAllBytes(b));
    }
}
