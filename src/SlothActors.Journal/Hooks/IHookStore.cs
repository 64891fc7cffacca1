using SlothActors.Events.Hooks;

namespace SlothActors.Journal.Hooks;

/// <summary>Registered hooks, scripts included, so every node can run them without shared files.</summary>
public interface IHookStore
{
    /// <exception cref="DuplicateHookNameException">A hook with that name exists.</exception>
    /// <exception cref="ArgumentException">The definition is invalid (see <see cref="HookDefinitionValidator"/>).</exception>
    Task AddHookAsync(HookDefinition hook, CancellationToken cancellationToken);

    Task<HookDefinition?> GetHookAsync(string name, CancellationToken cancellationToken);

    /// <param name="stack">Null for every hook; otherwise only the hooks of that stack.</param>
    /// <returns>Ordered by name.</returns>
    Task<IReadOnlyList<HookDefinition>> ListHooksAsync(string? stack, CancellationToken cancellationToken);

    /// <returns>False when no hook has that name.</returns>
    Task<bool> SetHookEnabledAsync(string name, bool enabled, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the hook and, by cascade, its execution history.</summary>
    /// <returns>False when no hook has that name.</returns>
    Task<bool> RemoveHookAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the hook, or updates the stored hook of that name (a hooks folder sync). An update
    /// keeps the stored id, created_at, run_count, last_run and enabled flag (a hook disabled by
    /// an operator stays disabled) and takes everything else, <c>updated_at</c> included, from
    /// <paramref name="hook"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The definition is invalid.</exception>
    Task<HookUpsertResult> UpsertHookAsync(HookDefinition hook, CancellationToken cancellationToken);
}
