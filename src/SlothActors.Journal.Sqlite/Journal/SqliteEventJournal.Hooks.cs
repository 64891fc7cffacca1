using SlothActors.Events.Hooks;
using SlothActors.Journal.Hooks;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Sqlite.Storage;
using H = SlothActors.Journal.Schema.HookColumns;

namespace SlothActors.Journal.Sqlite.Journal;

internal sealed partial class SqliteEventJournal
{
    private const string InsertHookSql =
        $"""
        INSERT INTO {Tables.Hooks} ({H.Id}, {H.Name}, {H.Description}, {H.EventType}, {H.FilePath}, {H.Stack}, {H.Enabled},
            {H.CreatedAt}, {H.UpdatedAt}, {H.LastRun}, {H.RunCount}, {H.Script}, {H.ScriptSha256}, {H.TimeoutMs})
        VALUES ($id, $name, $description, $event_type, $file_path, $stack, $enabled, $created_at, $updated_at, NULL, 0,
            $script, $script_sha256, $timeout_ms)
        """;

    private const string UpdateHookSql =
        $"""
        UPDATE {Tables.Hooks}
        SET {H.Description} = $description, {H.EventType} = $event_type, {H.FilePath} = $file_path, {H.Stack} = $stack,
            {H.UpdatedAt} = $updated_at, {H.Script} = $script, {H.ScriptSha256} = $script_sha256, {H.TimeoutMs} = $timeout_ms
        WHERE {H.Name} = $name
        """;

    private const string GetHookSql = $"SELECT {H.Selected} FROM {Tables.Hooks} WHERE {H.Name} = $name";

    private const string SetEnabledSql =
        $"UPDATE {Tables.Hooks} SET {H.Enabled} = $enabled, {H.UpdatedAt} = $updated_at WHERE {H.Name} = $name";

    private const string RemoveHookSql = $"DELETE FROM {Tables.Hooks} WHERE {H.Name} = $name";

    public async Task AddHookAsync(HookDefinition hook, CancellationToken cancellationToken)
    {
        HookStoreRules.EnsureValid(hook);
        await _database.Writer.WriteAsync(
            tx =>
            {
                if (FindHook(tx, hook.Name) is not null)
                {
                    throw new DuplicateHookNameException(hook.Name);
                }

                return tx.Execute(WithHookValues(tx.Command(InsertHookSql), hook)
                    .Set("$id", hook.Id)
                    .Set("$enabled", hook.Enabled ? 1 : 0)
                    .Set("$created_at", UnixMs.From(hook.CreatedAt)));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<HookDefinition?> GetHookAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Task.FromResult(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = GetHookSql;
            using var reader = command.With("$name", name).ExecuteReader();
            return reader.Read() ? HookRows.Read(reader) : null;
        }));
    }

    public Task<IReadOnlyList<HookDefinition>> ListHooksAsync(string? stack, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HookDefinition>>(_database.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText =
                $"SELECT {H.Selected} FROM {Tables.Hooks} WHERE $stack IS NULL OR {H.Stack} = $stack ORDER BY {H.Name}";
            using var reader = command.With("$stack", stack).ExecuteReader();
            return HookRows.ReadAll(reader);
        }));

    public async Task<bool> SetHookEnabledAsync(string name, bool enabled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await _database.Writer.WriteAsync(
            tx => tx.Execute(tx.Command(SetEnabledSql)
                .Set("$name", name)
                .Set("$enabled", enabled ? 1 : 0)
                .Set("$updated_at", UnixMs.From(now))) == 1,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveHookAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await _database.Writer.WriteAsync(tx => tx.Execute(tx.Command(RemoveHookSql).Set("$name", name)) == 1, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<HookUpsertResult> UpsertHookAsync(HookDefinition hook, CancellationToken cancellationToken)
    {
        HookStoreRules.EnsureValid(hook);
        return await _database.Writer.WriteAsync(
            tx =>
            {
                var stored = FindHook(tx, hook.Name);
                if (stored is null)
                {
                    tx.Execute(WithHookValues(tx.Command(InsertHookSql), hook)
                        .Set("$id", hook.Id)
                        .Set("$enabled", hook.Enabled ? 1 : 0)
                        .Set("$created_at", UnixMs.From(hook.CreatedAt)));
                    return HookUpsertResult.Added;
                }

                if (HookStoreRules.SameContent(stored, hook))
                {
                    return HookUpsertResult.Unchanged;
                }

                tx.Execute(WithHookValues(tx.Command(UpdateHookSql), hook));
                return HookUpsertResult.Updated;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static HookDefinition? FindHook(WriteTransaction tx, string name)
    {
        using var reader = tx.Read(tx.Command(GetHookSql).Set("$name", name));
        return reader.Read() ? HookRows.Read(reader) : null;
    }

    private static PreparedCommand WithHookValues(PreparedCommand command, HookDefinition hook) =>
        command.Set("$name", hook.Name)
            .Set("$description", hook.Description)
            .Set("$event_type", HookRows.JoinPatterns(hook.EventTypes))
            .Set("$file_path", hook.FilePath)
            .Set("$stack", hook.Stack)
            .Set("$updated_at", UnixMs.From(hook.UpdatedAt))
            .Set("$script", hook.Script)
            .Set("$script_sha256", hook.ScriptSha256)
            .Set("$timeout_ms", hook.Timeout is { } t ? (long)t.TotalMilliseconds : null);
}
