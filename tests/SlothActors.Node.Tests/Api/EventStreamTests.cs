using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using SlothActors.Events;
using SlothActors.Node.Streaming;

namespace SlothActors.Node.Tests.Api;

public class EventStreamTests(EngineNode node) : IClassFixture<EngineNode>
{
    [Fact]
    public async Task The_stream_pushes_new_events_that_pass_its_filters()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var client = node.App.GetTestServer().CreateWebSocketClient();
        using var socket = await client.ConnectAsync(new Uri("ws://localhost/events/stream?event_type=stream.*&severity=warning&source_system=crackerjack"), timeout.Token);

        await node.DispatchAsync("""{"event_type": "stream.low", "severity": "info", "source_system": "crackerjack"}""");
        await node.DispatchAsync("""{"event_type": "other.high", "severity": "error", "source_system": "crackerjack"}""");
        await node.DispatchAsync("""{"event_type": "stream.wrong_source", "severity": "error", "source_system": "akosha"}""");
        var wanted = await node.DispatchAsync("""{"event_type": "stream.high", "severity": "error", "source_system": "crackerjack"}""");

        var message = await ReceiveAsync(socket, timeout.Token);
        message.GetProperty("event_id").GetString().ShouldBe(wanted);
        message.GetProperty("severity").GetString().ShouldBe("error");
        (await node.GetJsonAsync("/health")).GetProperty("collector").GetProperty("active_websockets").GetInt64().ShouldBe(1);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    [Fact]
    public async Task A_plain_get_of_the_stream_is_a_400_problem_and_a_bad_filter_a_422()
    {
        await node.GetJsonAsync("/events/stream", HttpStatusCode.BadRequest);
        var client = node.App.GetTestServer().CreateWebSocketClient();
        var refused = await Should.ThrowAsync<InvalidOperationException>(
            () => client.ConnectAsync(new Uri("ws://localhost/events/stream?severity=loud"), CancellationToken.None));
        refused.Message.ShouldContain("422");
    }

    [Fact]
    public void A_subscriber_whose_queue_is_full_is_dropped_and_the_others_keep_receiving()
    {
        var hub = new EventStreamHub(queueCapacity: 2, maxSubscribers: 2);
        var slow = hub.Subscribe(StreamFilter.Everything)!;
        var fast = hub.Subscribe(StreamFilter.Everything)!;
        hub.Subscribe(StreamFilter.Everything).ShouldBeNull();
        var now = DateTimeOffset.UtcNow;
        Event Make(int i) => new() { Id = i.ToString(), Type = "hub.test", Timestamp = now, CreatedAt = now };

        hub.Publish([Make(1), Make(2)]);
        fast.Events.TryRead(out _).ShouldBeTrue();
        fast.Events.TryRead(out _).ShouldBeTrue();
        hub.Publish([Make(3)]);

        slow.Dropped.IsCancellationRequested.ShouldBeTrue();
        fast.Dropped.IsCancellationRequested.ShouldBeFalse();
        fast.Events.TryRead(out var third).ShouldBeTrue();
        third!.Id.ShouldBe("3");
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);

        using var document = JsonDocument.Parse(text.ToString());
        return document.RootElement.Clone();
    }
}
