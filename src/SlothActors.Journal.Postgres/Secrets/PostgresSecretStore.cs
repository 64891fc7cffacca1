using Npgsql;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Secrets;
using S = SlothActors.Journal.Schema.SecretColumns;

namespace SlothActors.Journal.Postgres.Secrets;

/// <summary>
/// Secrets in the <c>secrets</c> table: only nonce, ciphertext and tag are ever written, sealed by
/// the same <see cref="SecretProtector"/> as on SQLite. Every node must hold the same key.
/// </summary>
internal sealed class PostgresSecretStore : ISecretStore
{
    public const int MaxScopeLength = 128;
    public const int MaxNameLength = 256;

    private const string UpsertSql =
        $"""
        INSERT INTO {Tables.Secrets} ({S.Scope}, {S.Name}, {S.Nonce}, {S.Ciphertext}, {S.Tag}, {S.UpdatedAt})
        VALUES (@scope, @name, @nonce, @ciphertext, @tag, @now)
        ON CONFLICT ({S.Scope}, {S.Name}) DO UPDATE
        SET {S.Nonce} = excluded.{S.Nonce}, {S.Ciphertext} = excluded.{S.Ciphertext}, {S.Tag} = excluded.{S.Tag},
            {S.UpdatedAt} = excluded.{S.UpdatedAt}
        """;

    private const string GetSql = $"SELECT {S.Nonce}, {S.Ciphertext}, {S.Tag} FROM {Tables.Secrets} WHERE {S.Scope} = @scope AND {S.Name} = @name";

    private const string ListSql = $"SELECT {S.Name} FROM {Tables.Secrets} WHERE {S.Scope} = @scope ORDER BY {S.Name} COLLATE \"C\"";

    private const string DeleteSql = $"DELETE FROM {Tables.Secrets} WHERE {S.Scope} = @scope AND {S.Name} = @name";

    private readonly NpgsqlDataSource _dataSource;
    private readonly SecretProtector _protector;

    public PostgresSecretStore(NpgsqlDataSource dataSource, SecretProtector protector)
    {
        _dataSource = dataSource;
        _protector = protector;
    }

    public async Task SetAsync(string scope, string name, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        EnsureScopeAndName(scope, name);
        var secret = _protector.Protect(scope, name, value);
        await using var command = _dataSource.CreateCommand(UpsertSql)
            .WithText("scope", scope)
            .WithText("name", name)
            .With("nonce", secret.Nonce)
            .With("ciphertext", secret.Ciphertext)
            .With("tag", secret.Tag)
            .WithTime("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> GetAsync(string scope, string name, CancellationToken cancellationToken)
    {
        EnsureScopeAndName(scope, name);
        ProtectedSecret? secret = null;
        await using (var command = _dataSource.CreateCommand(GetSql).WithText("scope", scope).WithText("name", name))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                secret = new ProtectedSecret(
                    reader.GetFieldValue<byte[]>(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2));
            }
        }

        return secret is null ? null : _protector.Unprotect(scope, name, secret);
    }

    public async Task<IReadOnlyList<string>> ListAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var command = _dataSource.CreateCommand(ListSql).WithText("scope", scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var names = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public async Task<bool> RemoveAsync(string scope, string name, CancellationToken cancellationToken)
    {
        EnsureScopeAndName(scope, name);
        await using var command = _dataSource.CreateCommand(DeleteSql).WithText("scope", scope).WithText("name", name);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
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
