using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.File;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.FileOps;

/// <summary>
/// <c>file_ops</c>, the legacy Ansible-style helpers (spec/hook-formats.md). Each takes one
/// options table and returns <c>true, {changed = bool, path = text}</c>, or <c>nil, message</c>
/// on failure; <c>stat</c> returns the stat table itself. Same confinement as <c>file</c>.
/// <c>regexp</c>/<c>pattern</c> are .NET regular expressions with a one-second match timeout.
/// </summary>
public sealed class FileOpsModule : IHookModule
{
    public string Name => "file_ops";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        var paths = new ConfinedPaths(services.Options.FileRoots);
        ModuleTable.For(lua, Name)
            .SoftFunction("lineinfile", call => Changed(call, LineInFile.Apply(paths, call.Options(1, "options"))))
            .SoftFunction("blockinfile", call => Changed(call, BlockInFile.Apply(paths, call.Options(1, "options"))))
            .SoftFunction("replace", call => Changed(call, ReplaceInFile.Apply(paths, call.Options(1, "options"))))
            .SoftFunction("copy", call => Changed(call, CopyFile.Apply(paths, call.Options(1, "options"))))
            .SoftFunction("stat", call =>
            {
                var options = call.Options(1, "options");
                call.Return(FileStatus.Of(paths.Resolve(options.RequiredString("path")), withChecksum: true));
            })
            .Install();
    }

    private static void Changed(LuaCall call, FileChange change)
    {
        call.Return(true);
        call.Return(new Dictionary<string, object?> { ["changed"] = change.Changed, ["path"] = change.Path });
    }
}
