using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.FileOps;

/// <summary>
/// <c>blockinfile</c>: keeps <c>block</c> between a begin and an end marker line (defaults
/// "# BEGIN SLOTH MANAGED BLOCK" / "# END SLOTH MANAGED BLOCK"). "present" replaces the text
/// between existing markers or appends markers and block at the end; "absent" removes the
/// markers and what is between them. A missing file is an error unless <c>create = true</c>.
/// </summary>
internal static class BlockInFile
{
    public const string DefaultBegin = "# BEGIN SLOTH MANAGED BLOCK";
    public const string DefaultEnd = "# END SLOTH MANAGED BLOCK";

    public static FileChange Apply(ConfinedPaths paths, LuaOptions options)
    {
        var path = paths.Resolve(options.RequiredString("path"));
        var state = DesiredStateOption.Read(options);
        var begin = options.String("marker_begin") ?? DefaultBegin;
        var end = options.String("marker_end") ?? DefaultEnd;
        var block = state == DesiredState.Present ? options.RequiredString("block") : "";
        var text = TextFile.ReadForEdit(path, state, options);
        if (text is null)
        {
            return new FileChange(false, path);
        }

        var lines = TextFile.Lines(text);
        var from = lines.IndexOf(begin);
        var to = from < 0 ? -1 : lines.IndexOf(end, from + 1);
        if (from >= 0 && to >= 0)
        {
            lines.RemoveRange(from, to - from + 1);
        }
        else
        {
            from = lines.Count;
        }

        if (state == DesiredState.Present)
        {
            lines.InsertRange(from, [begin, .. TextFile.Lines(block), end]);
        }

        var newText = TextFile.Join(lines);
        return TextFile.WriteIfChanged(path, text, newText);
    }
}
