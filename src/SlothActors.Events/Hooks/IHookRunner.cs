namespace SlothActors.Events.Hooks;

/// <summary>
/// Runs one hook on one event. The Lua runtime implements it; the engine's hook executors call it.
/// </summary>
/// <remarks>
/// Implementations turn every hook failure (error, false result, limit hit) into a failed
/// <see cref="HookRunResult"/> rather than an exception; an exception means the runner itself broke.
/// The caller decides the run's <paramref name="timeout"/> (the engine: the hook's own, else its
/// one default) and holds the run to it; the runner stops its work at that time too, and the
/// token is cancelled at the deadline or when the node shuts down.
/// </remarks>
public interface IHookRunner
{
    ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, TimeSpan timeout, CancellationToken cancellationToken);
}
