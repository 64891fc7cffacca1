using System.Collections.Concurrent;
using SlothActors.Events.Hooks;

namespace SlothActors.Lua.Pooling;

/// <summary>
/// One <see cref="VmPool{TVm}"/> per hook id, for the hook's current script version. A new sha256
/// replaces the pool: its idle VMs are disposed now, the ones in use when they come back.
/// </summary>
internal sealed class HookVmPools<TVm> : IDisposable
    where TVm : class, IDisposable
{
    private readonly ConcurrentDictionary<string, VmPool<TVm>> _pools = new(StringComparer.Ordinal);
    private readonly int _bound;
    private readonly Func<HookDefinition, TVm> _create;

    public HookVmPools(int bound, Func<HookDefinition, TVm> create)
    {
        _bound = bound;
        _create = create;
    }

    public VmPool<TVm> For(HookDefinition hook)
    {
        while (true)
        {
            if (_pools.TryGetValue(hook.Id, out var pool))
            {
                if (pool.Version == hook.ScriptSha256)
                {
                    return pool;
                }

                var fresh = NewPool(hook);
                if (_pools.TryUpdate(hook.Id, fresh, pool))
                {
                    pool.Dispose();
                    return fresh;
                }

                continue;
            }

            var added = NewPool(hook);
            if (_pools.TryAdd(hook.Id, added))
            {
                return added;
            }
        }
    }

    public bool TryGet(string hookId, out VmPool<TVm>? pool) => _pools.TryGetValue(hookId, out pool);

    /// <summary>Drops the pool of a removed hook.</summary>
    public void Evict(string hookId)
    {
        if (_pools.TryRemove(hookId, out var pool))
        {
            pool.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var id in _pools.Keys)
        {
            Evict(id);
        }
    }

    private VmPool<TVm> NewPool(HookDefinition hook) => new(hook.ScriptSha256, _bound, () => _create(hook));
}
