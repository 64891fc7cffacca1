using SlothActors.Journal.Schema;
using SlothActors.Journal.Secrets;
using SlothActors.Journal.Sqlite.Storage;
using S = SlothActors.Journal.Schema.SecretColumns;

namespace SlothActors.Journal.Sqlite.Secrets;

/// <summary>Secrets in the <c>secrets</c> table: only nonce, ciphertext and tag are ever written.</summary>
internal sealed class SqliteSecretStore : ISecretStore
{
    public const int MaxScopeLength = 128;
    public const int MaxNameLength = 256;

    private const string UpsertSql =
        $"""
        INSERT INTO {Tables.Secrets} ({S.Scope}, {S.Name}, {S.Nonce}, {S.Ciphertext}, {S.Tag}, {S.UpdatedAt})
        VALUES ($scope, $name, $nonce, $ciphertext, $tag, $now)
        ON CONFLICT ({S.Scope}, {S.Name}) DO UPDATE
        SET {S.Nonce} = excluded.{S.Nonce}, {S.Ciphertext} = excluded.{S.Ciphertext}, {S.Tag} = excluded.{S.Tag},
            {S.UpdatedAt} = excluded.{S.UpdatedAt}
        """;

    private const string DeleteSql = $"DELETE FROM {Tables.Secrets} WHERE {S.Scope} = $scope AND {S.Name} = $name";

    private readonly SqliteDatabase _database;
    private readonly SecretProtector _protector;

    public SqliteSecretStore(SqliteDatabase database, SecretProtector protector)
    {
        _database = database;
        _protector = protector;
    }

    public async Task SetAsync(string scope, string name, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        EnsureScopeAndName(scope, name);
        var secret = _protector.Protect(scope, name, value);
        await _database.Writer.WriteAsync(
            tx => tx.Execute(tx.Command(UpsertSql)
                .Set("$scope", scope)
                .Set("$name", name)
                .Set("$nonce", secret.Nonce)
                .Set("$ciphertext", secret.Ciphertext)
                .Set("$tag", secret.Tag)
                .Set("$now", UnixMs.From(now))),
            cancellationToken).ConfigureAwait(false);
    }

    public Task<string?> GetAsync(string scope, string name, CancellationToken cancellationToken)
    {
        EnsureScopeAndName(scope, name);
        var secret = _database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText =
                $"SELECT {S.Nonce}, {S.Ciphertext}, {S.Tag} FROM {Tables.Secrets} WHERE {S.Scope} = $scope AND {S.Name} = $name";
            using var reader = command.With("$scope", scope).With("$name", name).ExecuteReader();
            return reader.Read()
                ? new ProtectedSecret((byte[])reader.GetValue(0), (byte[])reader.GetValue(1), (byte[])reader.GetValue(2))
                : null;
        });
        return Task.FromResult(secret is null ? null : _protector.Unprotect(scope, name, secret));
    }

    public Task<IReadOnlyList<string>> ListAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Task.FromResult<IReadOnlyList<string>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = $"SELECT {S.Name} FROM {Tables.Secrets} WHERE {S.Scope} = $scope ORDER BY {S.Name}";
            using var reader = command.With("$scope", scope).ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }));
    }

    public async Task<bool> RemoveAsync(string scope, string name, CancellationToken cancellationToken)
    {
        EnsureScopeAndName(scope, name);
        return await _database.Writer.WriteAsync(tx => tx.Execute(tx.Command(DeleteSql).Set("$scope", scope).Set("$name", name)) == 1, cancellationToken)
            .ConfigureAwait(false);
    }

    private static void EnsureScopeAndName(string scope, string name)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (scope.Length > MaxScopeLength || name.Length > MaxNameLength)
        {
            throw new ArgumentException($"a secret scope may be at most {MaxScopeLength} characters and a name at most {MaxNameLength}.");
        }
    }
}
