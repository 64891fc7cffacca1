using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Ingress;
using SlothActors.Node.Hosting;
using SlothActors.Node.Metrics;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>POST /events</c> and <c>POST /events/batch</c>: the reply (201) is sent only once the
/// events are durable in the journal. The wait for that is the durable-ack latency metric.
/// </summary>
internal static class EventIngestEndpoints
{
    public static IEndpointRouteBuilder MapEventIngest(this IEndpointRouteBuilder app)
    {
        app.MapPost("/events", async (HttpContext context, EventParser parser, IEventIngress ingress, NodeOptions options, NodeMetrics metrics) =>
        {
            var (body, problem) = await RequestBody.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            var parsed = parser.ParseEvent(body);
            if (!parsed.IsSuccess)
            {
                return ProblemResponse.Result(Problem.From(parsed.Error));
            }

            await AcceptTimedAsync(ingress, metrics, [parsed.Event], context.RequestAborted);
            return JsonReply.Of(StatusCodes.Status201Created, writer => ReplyJson.WriteCollected(writer, parsed.Event.Id));
        });

        app.MapPost("/events/batch", async (HttpContext context, EventParser parser, IEventIngress ingress, NodeOptions options, NodeMetrics metrics) =>
        {
            var (body, problem) = await RequestBody.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            var batch = parser.ParseBatch(body);
            if (batch.Error is not null)
            {
                return ProblemResponse.Result(Problem.From(batch.Error));
            }

            foreach (var chunk in batch.Events.Chunk(EngineOptions.MaxEventsPerCall))
            {
                await AcceptTimedAsync(ingress, metrics, chunk, context.RequestAborted);
            }

            return JsonReply.Of(StatusCodes.Status201Created, writer => ReplyJson.WriteBatch(writer, batch));
        });
        return app;
    }

    private static async Task AcceptTimedAsync(IEventIngress ingress, NodeMetrics metrics, IReadOnlyList<Event> events, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await ingress.AcceptAsync(events, cancellationToken);
        metrics.DurableAckLatency.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
