using SlothActors.Journal.Queries;

namespace SlothActors.Node.Health;

/// <summary>Storage health from the journal itself: a status count that fails means storage is down.</summary>
internal sealed class JournalStorageHealth(IEventQueries queries, string storageType) : IStorageHealth
{
    public string StorageType { get; } = storageType;

    public async ValueTask<StorageHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var counts = await queries.CountByStatusAsync(cancellationToken).ConfigureAwait(false);
            return new StorageHealthReport(StorageHealthReport.Healthy, counts.Values.Sum());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new StorageHealthReport(StorageHealthReport.Unavailable, 0, "the journal cannot be read: " + ex.Message);
        }
    }
}
