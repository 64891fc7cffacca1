using System.Text;
using System.Text.RegularExpressions;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.FileOps;

/// <summary>Reading, writing and matching the text files that the line/block/replace helpers edit.</summary>
internal static class TextFile
{
    public const long MaxBytes = 16 * 1024 * 1024;
    public const int MaxPatternLength = 4096;
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <returns>The text, or null when the file does not exist.</returns>
    public static string? ReadOrNull(string realPath)
    {
        var info = new FileInfo(realPath);
        if (!info.Exists)
        {
            return null;
        }

        return info.Length > MaxBytes
            ? throw new LuaScriptException($"'{realPath}' is larger than {MaxBytes} bytes")
            : System.IO.File.ReadAllText(realPath, Encoding.UTF8);
    }

    /// <summary>The text a line/block edit starts from: "" for a missing file it may create, null when there is nothing to do.</summary>
    /// <exception cref="LuaScriptException">The file is missing and <c>create = true</c> was not given.</exception>
    public static string? ReadForEdit(string realPath, DesiredState state, LuaOptions options)
    {
        var text = ReadOrNull(realPath);
        if (text is not null || state == DesiredState.Absent)
        {
            return text;
        }

        return options.Boolean("create") == true
            ? ""
            : throw new LuaScriptException($"'{realPath}' does not exist (set create = true to create it)");
    }

    public static FileChange WriteIfChanged(string realPath, string oldText, string newText)
    {
        var changed = newText != oldText || !System.IO.File.Exists(realPath);
        if (changed)
        {
            Write(realPath, newText);
        }

        return new FileChange(changed, realPath);
    }

    public static void Write(string realPath, string text) => System.IO.File.WriteAllText(realPath, text, new UTF8Encoding(false));

    public static List<string> Lines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    public static string Join(IEnumerable<string> lines)
    {
        var text = string.Join('\n', lines);
        return text.Length == 0 ? "" : text + "\n";
    }

    public static Regex Pattern(string pattern, RegexOptions options)
    {
        if (pattern.Length > MaxPatternLength)
        {
            throw new LuaScriptException($"regular expression longer than {MaxPatternLength} characters");
        }

        try
        {
            return new Regex(pattern, options | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new LuaScriptException($"invalid regular expression '{pattern}': {ex.Message}", ex);
        }
    }

    /// <summary>Runs a match, turning a runaway expression into a clear error.</summary>
    public static T Matching<T>(Regex regex, Func<Regex, T> match)
    {
        try
        {
            return match(regex);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new LuaScriptException($"regular expression '{regex}' took longer than {MatchTimeout.TotalSeconds:0}s", ex);
        }
    }
}
