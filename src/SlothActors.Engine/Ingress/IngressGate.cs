using System.Diagnostics;

namespace SlothActors.Engine.Ingress;

/// <summary>
/// Shared between the producers and the dispatcher: whether events are accepted, and how many
/// accepted events are not yet taken for writing (the overload bound).
/// </summary>
/// <remarks>
/// A producer adds its count before it checks <see cref="_accepting"/>, and the dispatcher
/// checks <see cref="Unwritten"/> after <see cref="Close"/>; with both sides fenced, a call that
/// got past the check is always seen by the drain, so no acknowledgement is left hanging.
/// </remarks>
internal sealed class IngressGate(int maxUnwritten)
{
    private long _unwritten;
    private volatile bool _accepting;

    public long Unwritten => Interlocked.Read(ref _unwritten);

    public bool IsAccepting => _accepting;

    public void Open() => _accepting = true;

    public void Close() => _accepting = false;

    /// <exception cref="EngineUnavailableException">The gate is closed.</exception>
    /// <exception cref="EngineOverloadedException">The unwritten buffer is full.</exception>
    public void Enter(int count)
    {
        Debug.Assert(count > 0);
        var after = Interlocked.Add(ref _unwritten, count);
        if (!_accepting)
        {
            Interlocked.Add(ref _unwritten, -count);
            throw new EngineUnavailableException();
        }

        // One call larger than the cap still gets in when nothing else waits, so no call size is refused forever.
        if (after > maxUnwritten && after != count)
        {
            Interlocked.Add(ref _unwritten, -count);
            throw new EngineOverloadedException(
                $"The event engine has {after - count} events waiting to be written (limit {maxUnwritten}); retry shortly.");
        }
    }

    /// <summary>The dispatcher took <paramref name="count"/> events for a write.</summary>
    public void Taken(int count)
    {
        var after = Interlocked.Add(ref _unwritten, -count);
        Debug.Assert(after >= 0, "more events taken than entered");
    }
}
