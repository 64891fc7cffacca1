using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Hooks;

/// <summary>The hook snapshot the workers match against; refreshed after every hook change.</summary>
public interface IHookRegistryProvider
{
    /// <summary>The latest snapshot; cheap to read on every event.</summary>
    HookRegistry Current { get; }

    /// <summary>Re-reads the hooks and swaps the snapshot in; events matched afterwards see the change.</summary>
    Task RefreshAsync(CancellationToken cancellationToken);
}
