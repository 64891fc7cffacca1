namespace SlothActors.Actors;

/// <summary>Restart count of one child within the current window; owned by its parent's cell.</summary>
internal sealed class RestartStatistics
{
    private int _count;
    private DateTimeOffset? _windowStart;

    public bool RequestRestartPermission(DateTimeOffset now, int maxNrOfRetries, TimeSpan window)
    {
        if (maxNrOfRetries < 0)
        {
            return true;
        }

        if (window == Timeout.InfiniteTimeSpan)
        {
            return ++_count <= maxNrOfRetries;
        }

        if (_windowStart is null || now - _windowStart.Value > window)
        {
            // A new window starts with this failure.
            _windowStart = now;
            _count = 1;
        }
        else
        {
            _count++;
        }

        return _count <= maxNrOfRetries;
    }
}
