namespace SlothActors.Lua.Modules;

/// <summary>
/// A Lua module (<c>json</c>, <c>http</c>, <c>state</c>, ...). The runtime installs every module
/// into every VM it creates, once, after the sandbox is in place: <see cref="Install"/> must set
/// the global table <see cref="Name"/>; <c>require(Name)</c> then returns that same table.
/// </summary>
/// <remarks>
/// Module functions run on the VM's thread during an execution. They read the current
/// execution from the accessor, honour its <see cref="HookExecutionContext.Cancellation"/> in
/// anything that blocks, and report failure by throwing (the exception reaches Lua as an error
/// that <c>pcall</c> can catch) or, where the module's documented contract says so, by
/// returning <c>nil, "message"</c>.
/// </remarks>
public interface IHookModule
{
    string Name { get; }

    void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context);
}
