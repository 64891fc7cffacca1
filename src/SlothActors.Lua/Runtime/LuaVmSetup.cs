using SlothActors.Lua.Modules;

namespace SlothActors.Lua.Runtime;

/// <summary>What every VM of one runtime is built from.</summary>
internal sealed record LuaVmSetup(HookServices Services, IReadOnlyList<IHookModule> Modules)
{
    public LuaRuntimeOptions Options => Services.Options;

    /// <summary>Instructions between two limit checks: small enough to stop a loop well within its budget.</summary>
    public int TickInterval => (int)Math.Clamp(Options.InstructionBudget / 100, 100, 10_000);
}
