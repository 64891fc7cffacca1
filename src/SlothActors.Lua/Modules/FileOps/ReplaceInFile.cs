using System.Text.RegularExpressions;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.FileOps;

/// <summary>
/// <c>replace</c>: replaces every match of <c>pattern</c> (multi-line mode: <c>^</c>/<c>$</c>
/// match at each line) with <c>replacement</c>, which may use .NET substitutions such as <c>$1</c>.
/// </summary>
internal static class ReplaceInFile
{
    public static FileChange Apply(ConfinedPaths paths, LuaOptions options)
    {
        var path = paths.Resolve(options.RequiredString("path"));
        var regex = TextFile.Pattern(options.RequiredString("pattern"), RegexOptions.Multiline);
        var replacement = options.String("replacement") ?? "";
        var text = TextFile.ReadOrNull(path) ?? throw new LuaScriptException($"'{path}' does not exist");
        var newText = TextFile.Matching(regex, r => r.Replace(text, replacement));
        if (newText.Length > TextFile.MaxBytes)
        {
            throw new LuaScriptException($"replacing in '{path}' would make it larger than {TextFile.MaxBytes} characters");
        }

        var changed = newText != text;
        if (changed)
        {
            TextFile.Write(path, newText);
        }

        return new FileChange(changed, path);
    }
}
