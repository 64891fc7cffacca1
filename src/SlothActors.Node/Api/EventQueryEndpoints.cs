using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Journal.Queries;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>The read side of the collector protocol: list, get, correlation, stats, and the type catalog.</summary>
internal static class EventQueryEndpoints
{
    public static IEndpointRouteBuilder MapEventQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/events", async (HttpContext context, IEventQueries queries) =>
        {
            var (query, problem) = EventQueryReader.Read(context.Request.Query);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            var events = await queries.ListEventsAsync(query!, context.RequestAborted);
            return JsonReply.Ok(writer => EventListJson.WriteList(writer, events, query!));
        });

        app.MapGet("/events/{id}", async (string id, IEventQueries queries, CancellationToken ct) =>
            await queries.GetEventAsync(id, ct) is { } evt
                ? JsonReply.Ok(writer => EventJson.Write(writer, evt))
                : ProblemResponse.Result(NoSuchEvent(id)));

        app.MapGet("/events/correlation/{correlationId}", async (string correlationId, HttpContext context, IEventQueries queries) =>
        {
            try
            {
                var limit = EventQueryReader.Number(context.Request.Query, "limit", EventQuery.MaxLimit, 1, EventQuery.MaxLimit);
                var events = await queries.ByCorrelationAsync(correlationId, limit, context.RequestAborted);
                return JsonReply.Ok(writer => EventListJson.WriteCorrelation(writer, correlationId, events));
            }
            catch (QueryValueException bad)
            {
                return ProblemResponse.Result(Problem.Invalid(bad.Parameter, bad.Message));
            }
        });

        app.MapGet("/events/stats", async (HttpContext context, IEventQueries queries) =>
        {
            try
            {
                var start = EventQueryReader.Time(context.Request.Query, "start_time");
                var end = EventQueryReader.Time(context.Request.Query, "end_time");
                if (start > end)
                {
                    return ProblemResponse.Result(Problem.Invalid("start_time", "start_time is after end_time"));
                }

                var stats = await queries.StatsAsync(start, end, context.RequestAborted);
                return JsonReply.Ok(writer => StatsJson.WriteStats(writer, stats));
            }
            catch (QueryValueException bad)
            {
                return ProblemResponse.Result(Problem.Invalid(bad.Parameter, bad.Message));
            }
        });

        app.MapGet("/events/types", () => JsonReply.Ok(StatsJson.WriteTypes));
        return app;
    }

    public static Problem NoSuchEvent(string id) =>
        Problem.NotFound($"no event with id '{(id.Length <= 80 ? id : id[..80] + "...")}'");
}
