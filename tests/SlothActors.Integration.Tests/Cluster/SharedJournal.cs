using System.Globalization;
using Npgsql;

namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// Reads the cluster's one PostgreSQL journal directly, as an operator with psql would: the
/// tests judge what the nodes did by what is durably recorded, not by what a node says.
/// </summary>
public sealed class SharedJournal(string connectionString)
{
    /// <returns>How many events of <paramref name="type"/> are in each status.</returns>
    public async Task<IReadOnlyDictionary<string, long>> StatusCountsAsync(string type)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status, count(*) FROM events WHERE type = @type GROUP BY status", connection);
        command.Parameters.AddWithValue("type", type);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <returns>True when no event of <paramref name="type"/> is pending or processing.</returns>
    public async Task<bool> AllFinishedAsync(string type)
    {
        var counts = await StatusCountsAsync(type);
        return counts.GetValueOrDefault("pending") == 0 && counts.GetValueOrDefault("processing") == 0;
    }

    public Task<HashSet<string>> IdsAsync(string type, string status) =>
        ReadIdsAsync("SELECT id FROM events WHERE type = @type AND status = @value", type, status);

    /// <returns>The events of <paramref name="type"/> with a successful execution of <paramref name="hookName"/>.</returns>
    public Task<HashSet<string>> RanHookAsync(string type, string hookName) =>
        ReadIdsAsync(
            "SELECT DISTINCT x.event_id FROM event_hook_executions x JOIN events e ON e.id = x.event_id " +
            "WHERE e.type = @type AND x.hook_name = @value AND x.success",
            type,
            hookName);

    public async Task<string?> StatusOfAsync(string id)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM events WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (string?)await command.ExecuteScalarAsync();
    }

    public async Task<bool> FinishedAsync(string id) => await StatusOfAsync(id) is "completed" or "failed";

    /// <returns>How many successful executions of <paramref name="hookName"/> event <paramref name="id"/> has recorded.</returns>
    public async Task<long> SuccessfulRunsAsync(string id, string hookName)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM event_hook_executions WHERE event_id = @id AND hook_name = @hook AND success", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("hook", hookName);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The counting hook (<see cref="ClusterHooks.Counting"/>) increments the state key
    /// <c>PREFIX + event id</c> each time it runs; the counts show who ran once and who twice.
    /// </summary>
    /// <returns>Event id (the key without the prefix) to how many times its hook ran.</returns>
    public async Task<IReadOnlyDictionary<string, int>> RunCountsAsync(string keyPrefix)
    {
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT key, value FROM state WHERE starts_with(key, @prefix)", connection);
        command.Parameters.AddWithValue("prefix", keyPrefix);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetString(0)[keyPrefix.Length..];
            runs[id] = (int)double.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
        }

        return runs;
    }

    /// <returns>One line per event: its status, owner and error, or that it has no row.</returns>
    public async Task<string> DescribeEventsAsync(IEnumerable<string> ids)
    {
        var lines = new List<string>();
        await using var connection = await OpenAsync();
        foreach (var id in ids.Take(20))
        {
            await using var command = new NpgsqlCommand("SELECT status, owner, attempts, error FROM events WHERE id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync();
            lines.Add(await reader.ReadAsync()
                ? $"{id}: {reader.GetString(0)}, owner {(reader.IsDBNull(1) ? "-" : reader.GetString(1))}, attempts {reader.GetInt32(2)}, error {(reader.IsDBNull(3) ? "-" : reader.GetString(3))}"
                : $"{id}: no row");
        }

        return string.Join('\n', lines);
    }

    public async Task<string> DescribeAsync(string type)
    {
        var counts = await StatusCountsAsync(type);
        return $"--- journal, events of type {type}: " +
               (counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
    }

    private async Task<HashSet<string>> ReadIdsAsync(string sql, string type, string value)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("value", value);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
