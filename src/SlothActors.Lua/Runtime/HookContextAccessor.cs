using SlothActors.Lua.Modules;

namespace SlothActors.Lua.Runtime;

/// <summary>One per VM: a VM runs one execution at a time, so no async-local flow is needed.</summary>
internal sealed class HookContextAccessor : IHookExecutionContextAccessor
{
    private HookExecutionContext? _current;

    public HookExecutionContext Current =>
        _current ?? throw new InvalidOperationException("this module function can only be called while a hook runs");

    public HookExecutionContext? CurrentOrNull => _current;

    public void Enter(HookExecutionContext context) => _current = context;

    public void Leave() => _current = null;
}
