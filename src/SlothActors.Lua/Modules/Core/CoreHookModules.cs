namespace SlothActors.Lua.Modules.Core;

/// <summary>The modules of the runtime core: json, log, slog, event and the <c>contains</c> global.</summary>
public static class CoreHookModules
{
    public static IReadOnlyList<IHookModule> All() =>
        [new JsonModule(), new LogModule(), new SlogModule(), new EventModule(), new ContainsModule()];
}
