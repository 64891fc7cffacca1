using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using SlothActors.Node.Security;
using SlothActors.Node.Tests.Api;

namespace SlothActors.Node.Tests.Security;

/// <summary>A browser's WebSocket carries the token in a subprotocol, since it cannot send an Authorization header.</summary>
public class WebSocketBearerTests
{
    private const string Token = "ws-s3cret";

    [Fact]
    public async Task The_token_in_a_subprotocol_opens_the_stream_which_selects_the_sloth_protocol_and_pushes_events()
    {
        await using var node = await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var client = node.App.GetTestServer().CreateWebSocketClient();
        client.SubProtocols.Add(WebSocketBearer.Protocol);
        client.SubProtocols.Add(WebSocketBearer.TokenProtocol(Token));
        using var socket = await client.ConnectAsync(new Uri("ws://localhost/events/stream?event_type=wsauth.*"), timeout.Token);
        socket.SubProtocol.ShouldBe(WebSocketBearer.Protocol);

        node.Client.DefaultRequestHeaders.Authorization = new("Bearer", Token);
        var id = await node.DispatchAsync("""{"event_type": "wsauth.seen"}""");
        var buffer = new byte[64 * 1024];
        var message = await socket.ReceiveAsync(buffer, timeout.Token);
        Encoding.UTF8.GetString(buffer, 0, message.Count).ShouldContain(id);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    [Theory]
    [InlineData("not-the-token")]
    [InlineData("")]
    public async Task A_wrong_token_in_the_subprotocol_is_a_401(string token)
    {
        await using var node = await StartAsync();
        var client = node.App.GetTestServer().CreateWebSocketClient();
        client.SubProtocols.Add(WebSocketBearer.Protocol);
        client.SubProtocols.Add(WebSocketBearer.TokenProtocol(token));
        var refused = await Should.ThrowAsync<InvalidOperationException>(
            () => client.ConnectAsync(new Uri("ws://localhost/events/stream"), CancellationToken.None));
        refused.Message.ShouldContain("401");
    }

    [Fact]
    public async Task Only_the_sloth_protocol_without_a_token_is_a_401()
    {
        await using var node = await StartAsync();
        var client = node.App.GetTestServer().CreateWebSocketClient();
        client.SubProtocols.Add(WebSocketBearer.Protocol);
        var refused = await Should.ThrowAsync<InvalidOperationException>(
            () => client.ConnectAsync(new Uri("ws://localhost/events/stream"), CancellationToken.None));
        refused.Message.ShouldContain("401");
    }

    [Theory]
    [InlineData("sloth.events, sloth.bearer.d3MtczNjcmV0", "ws-s3cret")]
    [InlineData("sloth.bearer.!!notbase64", null)]
    [InlineData("chat, superchat", null)]
    public void The_token_is_read_from_the_offered_subprotocols(string header, string? expected)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers.SecWebSocketProtocol = header;
        WebSocketBearer.ReadToken(context.Request).ShouldBe(expected);
    }

    private static async Task<EngineNode> StartAsync()
    {
        var node = new EngineNode(followHooks: false, token: Token);
        await node.InitializeAsync();
        return node;
    }
}
