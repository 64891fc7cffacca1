using SlothActors.Lua.Modules.Core;
using SlothActors.Lua.Modules.Crypto;
using SlothActors.Lua.Modules.Env;
using SlothActors.Lua.Modules.Exec;
using SlothActors.Lua.Modules.File;
using SlothActors.Lua.Modules.FileOps;
using SlothActors.Lua.Modules.Http;
using SlothActors.Lua.Modules.Secret;
using SlothActors.Lua.Modules.State;
using SlothActors.Lua.Modules.Template;
using SlothActors.Lua.Modules.Yaml;

namespace SlothActors.Lua.Modules;

/// <summary>
/// Every module a hook can use, each <c>require</c>-able and global. Pass the same list to
/// <see cref="Runtime.LuaHookRunner"/> and <see cref="Loading.HookValidator"/>. What the modules
/// may touch (file roots, exec on/off, the depth limit) comes from <see cref="HookServices.Options"/>.
/// </summary>
public static class HookModules
{
    public static IReadOnlyList<IHookModule> All() =>
    [
        new LogModule(),
        new SlogModule(),
        new JsonModule(),
        new YamlModule(),
        new TemplateModule(),
        new CryptoModule(),
        new EnvModule(),
        new FileModule(),
        new FileOpsModule(),
        new HttpModule(),
        new ExecModule(),
        new StateModule(),
        new SecretModule(),
        new EventModule(),
        new ContainsModule(),
    ];
}
