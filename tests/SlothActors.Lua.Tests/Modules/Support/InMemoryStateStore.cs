using System.Globalization;
using System.Text.Json;
using SlothActors.Journal.State;

namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>An <see cref="IStateStore"/> with the contract's semantics (scopes, expiry at <c>now</c>, atomic increment) kept in memory.</summary>
internal sealed class InMemoryStateStore : IStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Scope, string Key), (string Json, DateTimeOffset? ExpiresAt)> _entries = [];

    public int Calls { get; private set; }

    public Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Calls++;
            return Task.FromResult(Live(scope, key, now)?.Json);
        }
    }

    public Task SetAsync(string scope, string key, string jsonValue, TimeSpan? ttl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var parsed = JsonDocument.Parse(jsonValue); // the contract stores one JSON value
        lock (_gate)
        {
            Calls++;
            _entries[(scope, key)] = (jsonValue, ttl is null ? null : now + ttl.Value);
        }

        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Calls++;
            var existed = Live(scope, key, now) is not null;
            _entries.Remove((scope, key));
            return Task.FromResult(existed);
        }
    }

    public Task<bool> ExistsAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Calls++;
            return Task.FromResult(Live(scope, key, now) is not null);
        }
    }

    public Task<IReadOnlyList<string>> KeysAsync(string scope, string? prefix, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Calls++;
            IReadOnlyList<string> keys = _entries.Keys
                .Where(k => k.Scope == scope && k.Key.StartsWith(prefix ?? "", StringComparison.Ordinal) && Live(scope, k.Key, now) is not null)
                .Select(k => k.Key)
                .Order(StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(keys);
        }
    }

    public Task<double> IncrementAsync(string scope, string key, double delta, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Calls++;
            var current = Live(scope, key, now);
            double value = 0;
            if (current is { } entry)
            {
                using var parsed = JsonDocument.Parse(entry.Json);
                if (parsed.RootElement.ValueKind != JsonValueKind.Number)
                {
                    throw new InvalidOperationException($"state key '{key}' holds a value that is not a number");
                }

                value = parsed.RootElement.GetDouble();
            }

            value += delta;
            _entries[(scope, key)] = (value.ToString("R", CultureInfo.InvariantCulture), current?.ExpiresAt);
            return Task.FromResult(value);
        }
    }

    private (string Json, DateTimeOffset? ExpiresAt)? Live(string scope, string key, DateTimeOffset now) =>
        _entries.TryGetValue((scope, key), out var entry) && (entry.ExpiresAt is null || entry.ExpiresAt > now) ? entry : null;
}
