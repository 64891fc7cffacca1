using SlothActors.Lua.Modules;
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

namespace SlothActors.Node.Runtime;

/// <summary>Every Lua module a node's hooks can use (docs/hooks.md).</summary>
internal static class NodeHookModules
{
    public static IReadOnlyList<IHookModule> All() =>
    [
        .. CoreHookModules.All(),
        new YamlModule(), new TemplateModule(), new CryptoModule(), new EnvModule(), new FileModule(),
        new FileOpsModule(), new HttpModule(), new ExecModule(), new StateModule(), new SecretModule(),
    ];
}
