using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Journal.Maintenance;
using SlothActors.Journal.Queries;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>An event's hook executions, deleting an event, and retention cleanup.</summary>
internal static class EventAdminEndpoints
{
    public const string DefaultRetention = "720h";

    public static IEndpointRouteBuilder MapEventAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/events/{id}/executions", async (string id, IEventQueries queries, CancellationToken ct) =>
        {
            if (await queries.GetEventAsync(id, ct) is null)
            {
                return ProblemResponse.Result(EventQueryEndpoints.NoSuchEvent(id));
            }

            var executions = await queries.ExecutionsOfAsync(id, ct);
            return JsonReply.Ok(writer => ExecutionJson.WriteList(writer, executions, eventId: id));
        });

        app.MapDelete("/events/{id}", async (string id, IEventMaintenance maintenance, CancellationToken ct) =>
            await maintenance.DeleteEventAsync(id, ct)
                ? Results.NoContent()
                : ProblemResponse.Result(EventQueryEndpoints.NoSuchEvent(id)));

        app.MapPost("/events/cleanup", async (HttpContext context, IEventMaintenance maintenance, TimeProvider time) =>
        {
            var text = EventQueryReader.Text(context.Request.Query, "older_than") ?? DefaultRetention;
            if (!DurationText.TryParse(text, out var olderThan))
            {
                return ProblemResponse.Result(NotADuration(text));
            }

            var deleted = await maintenance.CleanupAsync(time.GetUtcNow() - olderThan, context.RequestAborted);
            return JsonReply.Ok(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("deleted", deleted);
                writer.WriteString("older_than", text);
                writer.WriteEndObject();
            });
        });
        return app;
    }

    public static Problem NotADuration(string text) => Problem.Invalid(
        "older_than", $"older_than '{(text.Length <= 40 ? text : text[..40] + "...")}' is not a duration: use NUMBER UNIT parts with units d, h, m, s, e.g. 720h, 30d or 1h30m");
}
