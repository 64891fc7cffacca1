namespace SlothActors.Events.Hooks;

/// <summary>
/// Runs one hook on one event. The Lua runtime implements it; the engine's hook executors call it.
/// </summary>
/// <remarks>
/// Implementations turn every hook failure (error, false result, limit hit) into a failed
/// <see cref="HookRunResult"/> rather than an exception; an exception means the runner itself broke.
/// The token is cancelled at the hook's deadline or when the node shuts down.
/// </remarks>
public interface IHookRunner
{
    ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, CancellationToken cancellationToken);
}
