namespace SlothActors.Engine.Partitions;

/// <summary>
/// Which dispatcher partition owns an event: a stable hash of its id (FNV-1a over the id's
/// UTF-16 code units), so the same id lands on the same partition in every process and every
/// version; <c>string.GetHashCode</c> is randomised per process and would not.
/// </summary>
public static class PartitionOf
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <returns>0 to <paramref name="partitions"/> - 1.</returns>
    public static int Id(string eventId, int partitions)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var hash = Offset;
        foreach (var c in eventId)
        {
            hash = (hash ^ c) * Prime;
        }

        return (int)(hash % (uint)partitions);
    }

    /// <summary>The persistence id of partition <paramref name="partition"/>: <c>dispatch-{p}</c>.</summary>
    public static string PersistenceId(int partition) => $"dispatch-{partition}";
}
