namespace SlothActors.Node.Health;

/// <summary>What <c>/health</c> asks the journal; the journal wiring registers it.</summary>
public interface IStorageHealth
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    string StorageType { get; }

    ValueTask<StorageHealthReport> CheckAsync(CancellationToken cancellationToken);
}
