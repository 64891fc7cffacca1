using System.Globalization;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Sqlite.Storage;
using SlothActors.Journal.State;
using S = SlothActors.Journal.Schema.StateColumns;

namespace SlothActors.Journal.Sqlite.State;

/// <summary>Hook state in the <c>state</c> table. Increments read and write in one writer transaction, so none is lost.</summary>
internal sealed class SqliteStateStore : IStateStore
{
    private const string Key = $"{S.Scope} = $scope AND {S.Key} = $key";
    private const string Live = $"({S.ExpiresAt} IS NULL OR {S.ExpiresAt} > $now)";

    private const string UpsertSql =
        $"""
        INSERT INTO {Tables.State} ({S.Scope}, {S.Key}, {S.Value}, {S.ExpiresAt}, {S.UpdatedAt})
        VALUES ($scope, $key, $value, $expires_at, $now)
        ON CONFLICT ({S.Scope}, {S.Key}) DO UPDATE
        SET {S.Value} = excluded.{S.Value}, {S.ExpiresAt} = excluded.{S.ExpiresAt}, {S.UpdatedAt} = excluded.{S.UpdatedAt}
        """;

    private const string ReadLiveSql = $"SELECT {S.Value}, {S.ExpiresAt} FROM {Tables.State} WHERE {Key} AND {Live}";

    private const string DeleteSql = $"DELETE FROM {Tables.State} WHERE {Key} RETURNING {Live}";

    private readonly SqliteDatabase _database;

    public SqliteStateStore(SqliteDatabase database) => _database = database;

    public Task<string?> GetAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        return Task.FromResult(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = ReadLiveSql;
            using var reader = command.With("$scope", scope).With("$key", key).With("$now", UnixMs.From(now)).ExecuteReader();
            return reader.Read() ? reader.GetString(0) : null;
        }));
    }

    public async Task SetAsync(string scope, string key, string jsonValue, TimeSpan? ttl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        StateLimits.EnsureJsonValue(jsonValue);
        if (ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "a time to live must be positive");
        }

        var expiresAt = ttl is { } t ? UnixMs.From(now + t) : (long?)null;
        await _database.Writer.WriteAsync(tx => Upsert(tx, scope, key, jsonValue, expiresAt, now), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        return await _database.Writer.WriteAsync(
            tx =>
            {
                using var reader = tx.Read(tx.Command(DeleteSql).Set("$scope", scope).Set("$key", key).Set("$now", UnixMs.From(now)));
                return reader.Read() && reader.GetInt64(0) == 1;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ExistsAsync(string scope, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        await GetAsync(scope, key, now, cancellationToken).ConfigureAwait(false) is not null;

    public Task<IReadOnlyList<string>> KeysAsync(string scope, string? prefix, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Task.FromResult<IReadOnlyList<string>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText =
                $"SELECT {S.Key} FROM {Tables.State} WHERE {S.Scope} = $scope AND {Live} " +
                $"AND substr({S.Key}, 1, length($prefix)) = $prefix ORDER BY {S.Key}";
            using var reader = command.With("$scope", scope).With("$prefix", prefix ?? "").With("$now", UnixMs.From(now)).ExecuteReader();
            var keys = new List<string>();
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }

            return keys;
        }));
    }

    public async Task<double> IncrementAsync(string scope, string key, double delta, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StateLimits.EnsureScopeAndKey(scope, key);
        if (!double.IsFinite(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "the increment must be a finite number");
        }

        return await _database.Writer.WriteAsync(
            tx =>
            {
                double current = 0;
                long? expiresAt = null;
                using (var reader = tx.Read(tx.Command(ReadLiveSql).Set("$scope", scope).Set("$key", key).Set("$now", UnixMs.From(now))))
                {
                    if (reader.Read())
                    {
                        current = ParseNumber(scope, key, reader.GetString(0));
                        expiresAt = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                    }
                }

                var next = current + delta;
                Upsert(tx, scope, key, next.ToString("R", CultureInfo.InvariantCulture), expiresAt, now);
                return next;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static int Upsert(WriteTransaction tx, string scope, string key, string jsonValue, long? expiresAt, DateTimeOffset now) =>
        tx.Execute(tx.Command(UpsertSql)
            .Set("$scope", scope)
            .Set("$key", key)
            .Set("$value", jsonValue)
            .Set("$expires_at", expiresAt)
            .Set("$now", UnixMs.From(now)));

    private static double ParseNumber(string scope, string key, string json) =>
        double.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidOperationException($"state key '{key}' in scope '{scope}' holds a value that is not a number; it cannot be incremented.");
}
