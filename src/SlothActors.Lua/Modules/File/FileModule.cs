using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.File;

/// <summary>
/// <c>file</c>: read, write, append, exists, list and stat, confined to
/// <see cref="Runtime.LuaRuntimeOptions.FileRoots"/> (see <see cref="ConfinedPaths"/>).
/// Contents are Lua byte strings, written and read as they are.
/// </summary>
public sealed class FileModule : IHookModule
{
    public const long MaxReadBytes = 16 * 1024 * 1024;
    public const int MaxListEntries = 10_000;

    public string Name => "file";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        var paths = new ConfinedPaths(services.Options.FileRoots);
        ModuleTable.For(lua, Name)
            .Function("read", call => call.Return(Read(paths.Resolve(call.String(1, "path")))))
            .Function("write", call =>
            {
                System.IO.File.WriteAllBytes(paths.Resolve(call.String(1, "path")), call.Bytes(2, "content"));
                call.Return(true);
            })
            .Function("append", call =>
            {
                using var stream = new FileStream(paths.Resolve(call.String(1, "path")), FileMode.Append, FileAccess.Write);
                stream.Write(call.Bytes(2, "content"));
                call.Return(true);
            })
            .Function("exists", call =>
            {
                var real = paths.Resolve(call.String(1, "path"));
                call.Return(System.IO.File.Exists(real) || Directory.Exists(real));
            })
            .Function("list", call => call.Return(List(paths.Resolve(call.String(1, "dir")))))
            .Function("stat", call => call.Return(FileStatus.Of(paths.Resolve(call.String(1, "path")), withChecksum: false)))
            .Install();
    }

    private static byte[] Read(string realPath)
    {
        using var stream = System.IO.File.OpenRead(realPath);
        if (stream.Length > MaxReadBytes)
        {
            throw new LuaScriptException($"'{realPath}' is {stream.Length} bytes, more than the {MaxReadBytes}-byte read limit");
        }

        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        return content;
    }

    private static List<object?> List(string realDirectory)
    {
        var names = new List<object?>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(realDirectory))
        {
            if (names.Count == MaxListEntries)
            {
                throw new LuaScriptException($"'{realDirectory}' holds more than {MaxListEntries} entries");
            }

            names.Add(Path.GetFileName(entry));
        }

        return names.OrderBy(name => (string)name!, StringComparer.Ordinal).ToList();
    }
}
