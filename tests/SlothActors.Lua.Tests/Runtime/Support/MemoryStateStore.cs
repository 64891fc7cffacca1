using System.Collections.Concurrent;
using System.Globalization;
using SlothActors.Journal.State;

namespace SlothActors.Lua.Tests.Runtime.Support;

/// <summary>In-memory state store double (no expiry) for runtime tests that need HookServices.</summary>
public sealed class MemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<(string, string), string> _values = new();

    public Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue((scope, key), out var v) ? v : null);

    public Task SetAsync(string scope, string key, string jsonValue, TimeSpan? ttl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _values[(scope, key)] = jsonValue;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryRemove((scope, key), out _));

    public Task<bool> ExistsAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_values.ContainsKey((scope, key)));

    public Task<IReadOnlyList<string>> KeysAsync(string scope, string? prefix, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(_values.Keys.Where(k => k.Item1 == scope && k.Item2.StartsWith(prefix ?? "", StringComparison.Ordinal)).Select(k => k.Item2).ToList());

    public Task<double> IncrementAsync(string scope, string key, double delta, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var value = double.Parse(_values.AddOrUpdate((scope, key), delta.ToString(CultureInfo.InvariantCulture),
            (_, old) => (double.Parse(old, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return Task.FromResult(value);
    }
}
