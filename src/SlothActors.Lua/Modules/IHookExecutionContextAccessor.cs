namespace SlothActors.Lua.Modules;

/// <summary>Gives module functions the execution they are called from (one per VM; a VM runs one execution at a time).</summary>
public interface IHookExecutionContextAccessor
{
    /// <exception cref="InvalidOperationException">Called outside an execution.</exception>
    HookExecutionContext Current { get; }
}
