using Microsoft.Extensions.Logging;
using SlothActors.Events.Ingress;
using SlothActors.Journal.Secrets;
using SlothActors.Journal.State;
using SlothActors.Lua.Runtime;

namespace SlothActors.Lua.Modules;

/// <summary>The node's services that modules reach; one instance per runtime, shared by every VM.</summary>
public sealed record HookServices(
    IStateStore State,
    ISecretStore Secrets,
    IEventIngress Events,
    TimeProvider Time,
    ILogger Logger,
    LuaRuntimeOptions Options);
