using System.Globalization;
using Npgsql;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Schema;
using SlothActors.Journal.State;
using S = SlothActors.Journal.Schema.StateColumns;

namespace SlothActors.Journal.Postgres.State;

/// <summary>
/// Hook state in the <c>state</c> table. An increment is one INSERT ... ON CONFLICT DO UPDATE: the
/// row lock it takes serialises concurrent increments from any node, so none is lost.
/// </summary>
internal sealed class PostgresStateStore : IStateStore
{
    private const string Key = $"{S.Scope} = @scope AND {S.Key} = @key";
    private const string Live = $"({S.ExpiresAt} IS NULL OR {S.ExpiresAt} > @now)";

    private const string UpsertSql =
        $"""
        INSERT INTO {Tables.State} ({S.Scope}, {S.Key}, {S.Value}, {S.ExpiresAt}, {S.UpdatedAt})
        VALUES (@scope, @key, @value, @expires_at, @now)
        ON CONFLICT ({S.Scope}, {S.Key}) DO UPDATE
        SET {S.Value} = excluded.{S.Value}, {S.ExpiresAt} = excluded.{S.ExpiresAt}, {S.UpdatedAt} = excluded.{S.UpdatedAt}
        """;

    private const string ReadLiveSql = $"SELECT {S.Value} FROM {Tables.State} WHERE {Key} AND {Live}";

    private const string DeleteSql = $"DELETE FROM {Tables.State} WHERE {Key} RETURNING {Live}";

    // starts_with, not LIKE: a prefix holding % or _ matches only itself. COLLATE "C": byte order on any server.
    private const string KeysSql =
        $"SELECT {S.Key} FROM {Tables.State} WHERE {S.Scope} = @scope AND {Live} AND starts_with({S.Key}, @prefix) ORDER BY {S.Key} COLLATE \"C\"";

    // An expired row restarts from zero without a time to live, as if it were absent. The sum is
    // formatted by PostgreSQL's float8 output, which is the shortest text that reads back exactly.
    private const string IncrementSql =
        $"""
        INSERT INTO {Tables.State} AS s ({S.Scope}, {S.Key}, {S.Value}, {S.ExpiresAt}, {S.UpdatedAt})
        VALUES (@scope, @key, (@delta::float8)::text, NULL, @now)
        ON CONFLICT ({S.Scope}, {S.Key}) DO UPDATE
        SET {S.Value} = (CASE WHEN s.{S.ExpiresAt} IS NULL OR s.{S.ExpiresAt} > @now THEN s.{S.Value}::float8 + @delta ELSE @delta END)::text,
            {S.ExpiresAt} = CASE WHEN s.{S.ExpiresAt} > @now THEN s.{S.ExpiresAt} END,
            {S.UpdatedAt} = @now
        RETURNING {S.Value}
        """;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStateStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public async Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        await using var command = _dataSource.CreateCommand(ReadLiveSql).WithText("scope", scope).WithText("key", key).WithTime("now", now);
        return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetAsync(string scope, string key, string jsonValue, TimeSpan? ttl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        StateLimits.EnsureJsonValue(jsonValue);
        if (ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "a time to live must be positive");
        }

        await using var command = _dataSource.CreateCommand(UpsertSql)
            .WithText("scope", scope)
            .WithText("key", key)
            .WithText("value", jsonValue)
            .WithTime("expires_at", ttl is { } t ? now + t : null)
            .WithTime("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        await using var command = _dataSource.CreateCommand(DeleteSql).WithText("scope", scope).WithText("key", key).WithTime("now", now);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    public async Task<bool> ExistsAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        await GetAsync(scope, key, now, cancellationToken).ConfigureAwait(false) is not null;

    public async Task<IReadOnlyList<string>> KeysAsync(string scope, string? prefix, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var command = _dataSource.CreateCommand(KeysSql).WithText("scope", scope).WithText("prefix", prefix ?? "").WithTime("now", now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public async Task<double> IncrementAsync(string scope, string key, double delta, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        if (!double.IsFinite(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "the increment must be a finite number");
        }

        await using var command = _dataSource.CreateCommand(IncrementSql)
            .WithText("scope", scope)
            .WithText("key", key)
            .With("delta", delta)
            .WithTime("now", now);
        try
        {
            var value = (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrors.InvalidTextRepresentation or PostgresErrors.NumericOutOfRange)
        {
            throw new InvalidOperationException(
                $"state key '{key}' in scope '{scope}' holds a value that is not a number (or the sum is out of range); it cannot be incremented.", e);
        }
    }
}
