using SlothActors.Journal.Secrets;

namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>An <see cref="ISecretStore"/> kept in memory; <see cref="FailWith"/> makes reads fail like a broken journal.</summary>
internal sealed class InMemorySecretStore : ISecretStore
{
    private readonly Dictionary<(string Scope, string Name), string> _values = [];

    public Exception? FailWith { get; set; }

    public Task SetAsync(string scope, string name, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _values[(scope, name)] = value;
        return Task.CompletedTask;
    }

    public Task<string?> GetAsync(string scope, string name, CancellationToken cancellationToken) =>
        FailWith is { } failure
            ? Task.FromException<string?>(failure)
            : Task.FromResult(_values.GetValueOrDefault((scope, name)));

    public Task<IReadOnlyList<string>> ListAsync(string scope, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(_values.Keys.Where(k => k.Scope == scope).Select(k => k.Name).ToList());

    public Task<bool> RemoveAsync(string scope, string name, CancellationToken cancellationToken) =>
        Task.FromResult(_values.Remove((scope, name)));
}
