namespace SlothActors.Journal.State;

/// <summary>
/// Durable key/value state for hooks (the Lua <c>state</c> module), scoped per stack.
/// The empty string is the scope of events without a stack.
/// </summary>
/// <remarks>
/// Values are stored as the text of one JSON value so any Lua value that JSON can hold
/// (string, number, boolean, table) survives a round trip. <c>now</c> is passed in so that
/// expiry is testable; an expired key reads as absent.
/// </remarks>
public interface IStateStore
{
    Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <param name="ttl">Null for a value that never expires.</param>
    Task SetAsync(string scope, string key, string jsonValue, TimeSpan? ttl, DateTimeOffset now, CancellationToken cancellationToken);

    /// <returns>True when a (live) key was removed.</returns>
    Task<bool> DeleteAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <param name="prefix">Null or empty for every key of the scope.</param>
    Task<IReadOnlyList<string>> KeysAsync(string scope, string? prefix, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="delta"/> to a numeric value (a missing key counts as 0) atomically:
    /// concurrent increments from any number of executions or nodes never lose an update.
    /// </summary>
    /// <returns>The new value.</returns>
    /// <exception cref="InvalidOperationException">The key holds a value that is not a number.</exception>
    Task<double> IncrementAsync(string scope, string key, double delta, DateTimeOffset now, CancellationToken cancellationToken);
}
