using System.Globalization;
using Microsoft.AspNetCore.Http;
using SlothActors.Events;
using SlothActors.Journal.Queries;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>Reads the filters of <c>GET /events</c>; a bad value is a 422 naming the parameter.</summary>
internal static class EventQueryReader
{
    public static (EventQuery? Query, Problem? Problem) Read(IQueryCollection query)
    {
        try
        {
            var result = new EventQuery
            {
                Source = Text(query, "source_system") ?? Text(query, "source"),
                Type = Text(query, "event_type") ?? Text(query, "type"),
                Severity = Text(query, "severity") is { } severity ? Severity(severity) : null,
                Status = Text(query, "status") is { } status ? Status(status) : null,
                Stack = Text(query, "stack"),
                CorrelationId = Text(query, "correlation_id"),
                Start = Time(query, "start_time"),
                End = Time(query, "end_time"),
                Tags = query["tags"].Where(tag => !string.IsNullOrEmpty(tag)).Select(tag => tag!).ToArray(),
                Limit = Number(query, "limit", EventQuery.DefaultLimit, 1, EventQuery.MaxLimit),
                Offset = Number(query, "offset", 0, 0, int.MaxValue),
                Order = Order(query),
            };
            SortBy(query);
            return result.Validate() is { } invalid ? (null, Problem.Invalid("query", invalid)) : (result, null);
        }
        catch (QueryValueException bad)
        {
            return (null, Problem.Invalid(bad.Parameter, bad.Message));
        }
    }

    public static string? Text(IQueryCollection query, string name) =>
        query[name].FirstOrDefault(value => !string.IsNullOrEmpty(value));

    public static int Number(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var text = Text(query, name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new QueryValueException(name, $"{name} must be a whole number from {min} to {max}, not '{Shorten(text)}'");
    }

    public static DateTimeOffset? Time(IQueryCollection query, string name)
    {
        var text = Text(query, name);
        if (text is null)
        {
            return null;
        }

        return ProtocolTimestamp.TryParse(text, out var value)
            ? value
            : throw new QueryValueException(name, $"{name} must be an ISO-8601 date and time, e.g. 2025-10-06T14:23:45Z, not '{Shorten(text)}'");
    }

    public static EventSeverity Severity(string text) =>
        EventSeverityNames.TryParse(text, out var severity)
            ? severity
            : throw new QueryValueException("severity", $"severity '{Shorten(text)}' is unknown: use debug, info, warning, error or critical");

    private static EventStatus Status(string text) =>
        EventStatusNames.TryParse(text, out var status)
            ? status
            : throw new QueryValueException("status", $"status '{Shorten(text)}' is unknown: use pending, processing, completed or failed");

    private static SortOrder Order(IQueryCollection query) => Text(query, "sort_order")?.ToLowerInvariant() switch
    {
        null or "desc" => SortOrder.Descending,
        "asc" => SortOrder.Ascending,
        var other => throw new QueryValueException("sort_order", $"sort_order '{Shorten(other)}' is unknown: use asc or desc"),
    };

    private static void SortBy(IQueryCollection query)
    {
        if (Text(query, "sort_by") is { } field && field != "timestamp")
        {
            throw new QueryValueException("sort_by", $"sort_by '{Shorten(field)}' is not supported: events sort by timestamp");
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
