using System.Collections.Concurrent;
using Xunit;

namespace SlothActors.PostgresTesting;

/// <summary>
/// One throwaway server for a whole test assembly: declare an xunit collection with this as its
/// collection fixture and put every PostgreSQL test class in it. Each test class gets its own
/// database (<see cref="DatabaseForAsync"/>). A server that cannot start fails every test with
/// the server log in the message; nothing is skipped.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Type, Lazy<Task<string>>> _databases = new();
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL server has not been started");

    /// <returns>The connection string of the database that belongs to <paramref name="testClass"/>, created on first use.</returns>
    public Task<string> DatabaseForAsync(Type testClass)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        return _databases.GetOrAdd(testClass, _ => new Lazy<Task<string>>(() => Server.CreateDatabaseAsync())).Value;
    }

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
