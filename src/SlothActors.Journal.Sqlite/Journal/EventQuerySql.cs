using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SlothActors.Events;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Schema;
using SlothActors.Journal.Sqlite.Storage;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Sqlite.Journal;

/// <summary>Builds the parameterised SELECT for an <see cref="EventQuery"/>; user values only ever travel as parameters.</summary>
internal static class EventQuerySql
{
    public static void Build(SqliteCommand command, EventQuery query)
    {
        var sql = new StringBuilder($"SELECT {E.Selected} FROM {Tables.Events} WHERE 1 = 1");
        Equal(command, sql, E.Source, query.Source);
        Equal(command, sql, E.Type, query.Type);
        Equal(command, sql, E.Severity, query.Severity is { } severity ? EventSeverityNames.ToName(severity) : null);
        Equal(command, sql, E.Status, query.Status is { } status ? EventStatusNames.ToName(status) : null);
        Equal(command, sql, E.Stack, query.Stack);
        Equal(command, sql, E.CorrelationId, query.CorrelationId);
        if (query.MinSeverity is { } minimum)
        {
            var names = Enum.GetValues<EventSeverity>().Where(s => s >= minimum).Select(s => $"'{EventSeverityNames.ToName(s)}'");
            sql.Append(CultureInfo.InvariantCulture, $" AND {E.Severity} IN ({string.Join(", ", names)})");
        }

        if (query.Start is { } start)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {E.Timestamp} >= $start");
            command.With("$start", UnixMs.From(start));
        }

        if (query.End is { } end)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {E.Timestamp} <= $end");
            command.With("$end", UnixMs.From(end));
        }

        for (var i = 0; i < query.Tags.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $" AND EXISTS (SELECT 1 FROM json_each({Tables.Events}.{E.Tags}) WHERE json_each.value = $tag{i})");
            command.With($"$tag{i}", query.Tags[i]);
        }

        var direction = query.Order == SortOrder.Ascending ? "ASC" : "DESC";
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {E.Timestamp} {direction}, {E.Seq} {direction} LIMIT $limit OFFSET $offset");
        command.With("$limit", query.Limit).With("$offset", query.Offset);
        command.CommandText = sql.ToString();
    }

    private static void Equal(SqliteCommand command, StringBuilder sql, string column, string? value)
    {
        if (value is null)
        {
            return;
        }

        sql.Append(CultureInfo.InvariantCulture, $" AND {column} = ${column}");
        command.With($"${column}", value);
    }
}
