using Npgsql;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Hooks;
using SlothActors.Journal.Postgres.Schema;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Schema;
using H = SlothActors.Journal.Schema.HookColumns;

namespace SlothActors.Journal.Postgres.Journal;

internal sealed partial class PostgresEventJournal
{
    private const string HookValues =
        "@id, @name, @description, @event_type, @file_path, @stack, @enabled, @created_at, @updated_at, NULL, 0, @script, @script_sha256, @timeout_ms";

    private const string InsertHookSql =
        $"""
        INSERT INTO {Tables.Hooks} ({H.Selected})
        VALUES ({HookValues})
        """;

    // The other nodes hear of a hook change from the node that made it, over Akka's DistributedPubSub,
    // after this statement committed: the journal itself announces nothing.
    private const string AddHookSql = InsertHookSql;

    // Upsert step one: insert unless the name exists; RETURNING tells which happened without a race.
    private const string InsertHookIfNewSql = $"{InsertHookSql} ON CONFLICT ({H.Name}) DO NOTHING RETURNING {H.Id}";

    private const string LockHookSql = $"SELECT {H.Selected} FROM {Tables.Hooks} WHERE {H.Name} = @name FOR UPDATE";

    private const string UpdateHookSql =
        $"""
        UPDATE {Tables.Hooks}
        SET {H.Description} = @description, {H.EventType} = @event_type, {H.FilePath} = @file_path, {H.Stack} = @stack,
            {H.UpdatedAt} = @updated_at, {H.Script} = @script, {H.ScriptSha256} = @script_sha256, {H.TimeoutMs} = @timeout_ms
        WHERE {H.Name} = @name
        """;

    private const string GetHookSql = $"SELECT {H.Selected} FROM {Tables.Hooks} WHERE {H.Name} = @name";

    // COLLATE "C": byte order, the same on every server whatever its locale (and the same as SQLite).
    private const string ListHooksSql =
        $"SELECT {H.Selected} FROM {Tables.Hooks} WHERE @stack::text IS NULL OR {H.Stack} = @stack ORDER BY {H.Name} COLLATE \"C\"";

    private const string SetEnabledSql =
        $"UPDATE {Tables.Hooks} SET {H.Enabled} = @enabled, {H.UpdatedAt} = @updated_at WHERE {H.Name} = @name";

    private const string RemoveHookSql = $"DELETE FROM {Tables.Hooks} WHERE {H.Name} = @name";

    public async Task AddHookAsync(HookDefinition hook, CancellationToken cancellationToken)
    {
        HookStoreRules.EnsureValid(hook);
        try
        {
            await CommandExecution.ExecuteOnceAsync(WithHookValues(_dataSource.CreateCommand(AddHookSql), hook), cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrors.UniqueViolation && e.ConstraintName == PostgresConstraints.HookName)
        {
            throw new DuplicateHookNameException(hook.Name, e);
        }
    }

    public async Task<HookDefinition?> GetHookAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var rows = await CommandExecution.ReadAllAsync(_dataSource.CreateCommand(GetHookSql).WithText("name", name), HookRows.Read, cancellationToken)
            .ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<HookDefinition>> ListHooksAsync(string? stack, CancellationToken cancellationToken) =>
        await CommandExecution.ReadAllAsync(_dataSource.CreateCommand(ListHooksSql).WithText("stack", stack), HookRows.Read, cancellationToken).ConfigureAwait(false);

    public async Task<bool> SetHookEnabledAsync(string name, bool enabled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var command = _dataSource.CreateCommand(SetEnabledSql).WithText("name", name).With("enabled", enabled).WithTime("updated_at", now);
        return await CommandExecution.ExecuteOnceAsync(command, cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> RemoveHookAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var command = _dataSource.CreateCommand(RemoveHookSql).WithText("name", name);
        return await CommandExecution.ExecuteOnceAsync(command, cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<HookUpsertResult> UpsertHookAsync(HookDefinition hook, CancellationToken cancellationToken)
    {
        HookStoreRules.EnsureValid(hook);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await UpsertAsync(connection, transaction, hook, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    private async Task<HookUpsertResult> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, HookDefinition hook, CancellationToken cancellationToken)
    {
        var added = await CommandExecution.ReadAllAsync(WithHookValues(new NpgsqlCommand(InsertHookIfNewSql, connection, transaction), hook), r => r.GetString(0), cancellationToken)
            .ConfigureAwait(false);
        if (added.Count == 1)
        {
            return HookUpsertResult.Added;
        }

        // Locked so a concurrent sync of the same file cannot interleave its compare and update with ours.
        var stored = await CommandExecution.ReadAllAsync(new NpgsqlCommand(LockHookSql, connection, transaction).WithText("name", hook.Name), HookRows.Read, cancellationToken)
            .ConfigureAwait(false);
        if (stored.Count == 1 && HookStoreRules.SameContent(stored[0], hook))
        {
            return HookUpsertResult.Unchanged;
        }

        await CommandExecution.ExecuteOnceAsync(WithHookValues(new NpgsqlCommand(UpdateHookSql, connection, transaction), hook), cancellationToken).ConfigureAwait(false);
        return HookUpsertResult.Updated;
    }

    private static NpgsqlCommand WithHookValues(NpgsqlCommand command, HookDefinition hook) =>
        command.WithText("id", hook.Id)
            .WithText("name", hook.Name)
            .WithText("description", hook.Description)
            .WithText("event_type", HookRows.JoinPatterns(hook.EventTypes))
            .WithText("file_path", hook.FilePath)
            .WithText("stack", hook.Stack)
            .With("enabled", hook.Enabled)
            .WithTime("created_at", hook.CreatedAt)
            .WithTime("updated_at", hook.UpdatedAt)
            .WithText("script", hook.Script)
            .WithText("script_sha256", hook.ScriptSha256)
            .WithInt64("timeout_ms", hook.Timeout is { } t ? (long)t.TotalMilliseconds : null);
}
