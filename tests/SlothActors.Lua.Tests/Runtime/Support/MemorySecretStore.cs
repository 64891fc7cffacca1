using System.Collections.Concurrent;
using SlothActors.Journal.Secrets;

namespace SlothActors.Lua.Tests.Runtime.Support;

/// <summary>In-memory secret store double for runtime tests that need HookServices.</summary>
public sealed class MemorySecretStore : ISecretStore
{
    private readonly ConcurrentDictionary<(string, string), string> _values = new();

    public Task SetAsync(string scope, string name, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _values[(scope, name)] = value;
        return Task.CompletedTask;
    }

    public Task<string?> GetAsync(string scope, string name, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue((scope, name), out var v) ? v : null);

    public Task<IReadOnlyList<string>> ListAsync(string scope, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(_values.Keys.Where(k => k.Item1 == scope).Select(k => k.Item2).ToList());

    public Task<bool> RemoveAsync(string scope, string name, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryRemove((scope, name), out _));
}
