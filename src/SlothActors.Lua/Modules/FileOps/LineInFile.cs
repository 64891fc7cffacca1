using System.Text.RegularExpressions;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.FileOps;

/// <summary>
/// <c>lineinfile</c>: with state "present" (default), the last line matching <c>regexp</c> is
/// replaced by <c>line</c>, or <c>line</c> is appended when nothing matches and it is not
/// already there; with state "absent", lines matching <c>regexp</c> (or equal to <c>line</c>)
/// are removed. A missing file is an error unless <c>create = true</c> (present) or the state
/// is "absent" (nothing to remove).
/// </summary>
internal static class LineInFile
{
    public static FileChange Apply(ConfinedPaths paths, LuaOptions options)
    {
        var path = paths.Resolve(options.RequiredString("path"));
        var state = DesiredStateOption.Read(options);
        var regexText = options.String("regexp");
        var regex = regexText is null ? null : TextFile.Pattern(regexText, RegexOptions.None);
        var line = state == DesiredState.Present || regex is null ? options.RequiredString("line") : options.String("line");
        var text = TextFile.ReadForEdit(path, state, options);
        if (text is null)
        {
            return new FileChange(false, path);
        }

        var lines = TextFile.Lines(text);
        var updated = state == DesiredState.Present ? Present(lines, line!, regex) : Absent(lines, line, regex);
        var newText = TextFile.Join(updated);
        return TextFile.WriteIfChanged(path, text, newText);
    }

    private static List<string> Present(List<string> lines, string line, Regex? regex)
    {
        var match = regex is null ? -1 : lines.FindLastIndex(l => TextFile.Matching(regex, r => r.IsMatch(l)));
        if (match >= 0)
        {
            lines[match] = line;
        }
        else if (!lines.Contains(line))
        {
            lines.Add(line);
        }

        return lines;
    }

    private static List<string> Absent(List<string> lines, string? line, Regex? regex) =>
        lines.Where(l => !(regex is null ? l == line : TextFile.Matching(regex, r => r.IsMatch(l)))).ToList();
}
