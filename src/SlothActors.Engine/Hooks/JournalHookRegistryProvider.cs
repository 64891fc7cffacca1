using SlothActors.Events.Hooks;
using SlothActors.Journal.Hooks;

namespace SlothActors.Engine.Hooks;

/// <summary>Builds the snapshot from the journal's hook store.</summary>
public sealed class JournalHookRegistryProvider(IHookStore hooks) : IHookRegistryProvider
{
    // Refreshes are serialised so that a slow, older read can never replace a newer snapshot.
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private HookRegistry _current = HookRegistry.Empty;

    public HookRegistry Current => Volatile.Read(ref _current);

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var all = await hooks.ListHooksAsync(null, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, HookRegistry.Build(all));
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
