using System.Diagnostics;

namespace SlothActors.Lua.Pooling;

/// <summary>
/// The warm VMs of one hook version, at most <c>bound</c> of them: a renter takes an idle VM,
/// creates one while under the bound, or waits for one to come back.
/// </summary>
internal sealed class VmPool<TVm> : IDisposable
    where TVm : class, IDisposable
{
    private readonly Stack<TVm> _idle = new();
    private readonly SemaphoreSlim _slots;
    private readonly Func<TVm> _create;
    private readonly Lock _gate = new();
    private bool _disposed;

    public VmPool(string version, int bound, Func<TVm> create)
    {
        Debug.Assert(bound > 0);
        Version = version;
        _slots = new SemaphoreSlim(bound, bound);
        _create = create;
    }

    /// <summary>The hook's script sha256 these VMs were compiled from.</summary>
    public string Version { get; }

    public int IdleCount
    {
        get
        {
            lock (_gate)
            {
                return _idle.Count;
            }
        }
    }

    /// <returns>A VM, or null when none came free within <paramref name="wait"/>.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled while waiting.</exception>
    public TVm? Rent(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!_slots.Wait(0) && !_slots.Wait(wait, cancellationToken))
        {
            return null;
        }

        lock (_gate)
        {
            if (_idle.TryPop(out var vm))
            {
                return vm;
            }
        }

        try
        {
            return _create();
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Gives a VM back; an unhealthy VM, or any VM of a retired pool, is disposed instead.</summary>
    public void Return(TVm vm, bool healthy)
    {
        var keep = false;
        if (healthy)
        {
            lock (_gate)
            {
                if (!_disposed)
                {
                    _idle.Push(vm);
                    keep = true;
                }
            }
        }

        if (!keep)
        {
            vm.Dispose();
        }

        _slots.Release();
    }

    public void Dispose()
    {
        TVm[] idle;
        lock (_gate)
        {
            _disposed = true;
            idle = _idle.ToArray();
            _idle.Clear();
        }

        foreach (var vm in idle)
        {
            vm.Dispose();
        }
    }
}
