using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using SlothActors.Events;
using SlothActors.Journal.Postgres.Storage;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Schema;
using E = SlothActors.Journal.Schema.EventColumns;

namespace SlothActors.Journal.Postgres.Journal;

/// <summary>Builds the parameterised SELECT for an <see cref="EventQuery"/>; user values only ever travel as parameters.</summary>
internal static class EventQuerySql
{
    public static void Build(NpgsqlCommand command, EventQuery query)
    {
        var sql = new StringBuilder($"SELECT {E.Selected} FROM {Tables.Events} WHERE TRUE");
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
            sql.Append(CultureInfo.InvariantCulture, $" AND {E.Timestamp} >= @start");
            command.WithTime("start", start);
        }

        if (query.End is { } end)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {E.Timestamp} <= @end");
            command.WithTime("end", end);
        }

        if (query.Tags.Count > 0)
        {
            // Served by the GIN index on tags.
            sql.Append(CultureInfo.InvariantCulture, $" AND {E.Tags} @> @tags");
            command.WithArray("tags", NpgsqlDbType.Text, query.Tags.ToArray());
        }

        var direction = query.Order == SortOrder.Ascending ? "ASC" : "DESC";
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {E.Timestamp} {direction}, {E.Seq} {direction} LIMIT @limit OFFSET @offset");
        command.With("limit", query.Limit).With("offset", query.Offset);
        command.CommandText = sql.ToString();
    }

    private static void Equal(NpgsqlCommand command, StringBuilder sql, string column, string? value)
    {
        if (value is null)
        {
            return;
        }

        sql.Append(CultureInfo.InvariantCulture, $" AND {column} = @{column}");
        command.WithText(column, value);
    }
}
