using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Node.Metrics;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;
using SlothActors.Node.Security;
using SlothActors.Node.Streaming;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>GET /events/stream</c> (WebSocket): every newly accepted event that passes the filters,
/// one text message each. A client too slow to take them is disconnected; the node goes on.
/// </summary>
internal static class EventStreamEndpoint
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapEventStream(this IEndpointRouteBuilder app)
    {
        app.Map("/events/stream", async (HttpContext context, EventStreamHub hub, NodeMetrics metrics, IHostApplicationLifetime lifetime) =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                return ProblemResponse.Result(Problem.BadRequest(
                    "/events/stream is a WebSocket endpoint: connect with ws://HOST:PORT/events/stream (e.g. sloth events tail)"));
            }

            var (filter, problem) = ReadFilter(context.Request.Query);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            using var subscriber = hub.Subscribe(filter!);
            if (subscriber is null)
            {
                return ProblemResponse.Result(Problem.Unavailable("this node serves its maximum of event streams; retry later"));
            }

            try
            {
                // A browser that offered our subprotocol fails the connection unless it is selected.
                using var socket = await context.WebSockets.AcceptWebSocketAsync(
                    WebSocketBearer.OffersProtocol(context.Request) ? WebSocketBearer.Protocol : null);
                metrics.ActiveWebSockets.Inc();
                try
                {
                    await ServeAsync(socket, subscriber, context.RequestAborted, lifetime.ApplicationStopping);
                }
                finally
                {
                    metrics.ActiveWebSockets.Dec();
                }
            }
            finally
            {
                hub.Unsubscribe(subscriber);
            }

            return Results.Empty;
        });
        return app;
    }

    private static async Task ServeAsync(WebSocket socket, StreamSubscriber subscriber, CancellationToken aborted, CancellationToken stopping)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping, subscriber.Dropped);
        var closedByClient = WatchForCloseAsync(socket, done);
        try
        {
            await foreach (var evt in subscriber.Events.ReadAllAsync(done.Token))
            {
                using var send = CancellationTokenSource.CreateLinkedTokenSource(done.Token);
                send.CancelAfter(SendTimeout);
                await socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(EventJson.ToJson(evt)), WebSocketMessageType.Text, true, send.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Client gone, node stopping, or client dropped: each ends this stream only.
        }

        await CloseAsync(socket, subscriber.Dropped.IsCancellationRequested
            ? (WebSocketCloseStatus.PolicyViolation, "too slow: the event queue for this stream overflowed")
            : (WebSocketCloseStatus.NormalClosure, "node stopping"));
        await done.CancelAsync();
        await closedByClient;
    }

    // The client sends nothing we use, but reading is how a close from its side is noticed.
    private static async Task WatchForCloseAsync(WebSocket socket, CancellationTokenSource done)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var message = await socket.ReceiveAsync(buffer, done.Token);
                if (message.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            return;
        }

        await done.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, (WebSocketCloseStatus Status, string Reason) close)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(close.Status, close.Reason, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            socket.Abort();
        }
    }

    internal static (StreamFilter? Filter, Problem? Problem) ReadFilter(IQueryCollection query)
    {
        HookPattern? type = null;
        if ((EventQueryReader.Text(query, "event_type") ?? EventQueryReader.Text(query, "type")) is { } typeText
            && !HookPattern.TryParse(typeText, out type, out var typeError))
        {
            return (null, Problem.Invalid("event_type", $"event_type: {typeError}"));
        }

        try
        {
            var severity = EventQueryReader.Text(query, "severity") is { } text ? EventQueryReader.Severity(text) : (EventSeverity?)null;
            return (new StreamFilter(
                EventQueryReader.Text(query, "source_system") ?? EventQueryReader.Text(query, "source"),
                type,
                severity,
                EventQueryReader.Text(query, "stack")), null);
        }
        catch (QueryValueException bad)
        {
            return (null, Problem.Invalid(bad.Parameter, bad.Message));
        }
    }
}
