using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    /// <summary>Largest message accepted from the stream: an event with 1 MiB of data plus its fields.</summary>
    public const int MaxStreamMessageBytes = 2 * 1024 * 1024;

    /// <summary>Each new event the node accepts, as its JSON text, until the node closes or <paramref name="ct"/> fires.</summary>
    public async IAsyncEnumerable<string> TailAsync(string? type, string? stack, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var socket = await ConnectStreamAsync(type, stack, ct).ConfigureAwait(false);
        var buffer = new byte[16 * 1024];
        var message = new MemoryStream();
        while (true)
        {
            var text = await ReceiveAsync(socket, buffer, message, ct).ConfigureAwait(false);
            if (text is null)
            {
                yield break;
            }

            yield return text;
        }
    }

    private async Task<ClientWebSocket> ConnectStreamAsync(string? type, string? stack, CancellationToken ct)
    {
        var query = new StringBuilder();
        Append(query, "event_type", type);
        Append(query, "stack", stack);
        var uri = new UriBuilder(new Uri(BaseUri, "events/stream"))
        {
            Scheme = BaseUri.Scheme == "https" ? "wss" : "ws",
            Query = query.ToString().TrimEnd('&'),
        }.Uri;
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (Token is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + Token);
        }

        try
        {
            await socket.ConnectAsync(uri, ct).ConfigureAwait(false);
            return socket;
        }
        catch (WebSocketException ex) when (socket.HttpStatusCode != 0)
        {
            socket.Dispose();
            throw new NodeReplyException((int)socket.HttpStatusCode, socket.HttpStatusCode == System.Net.HttpStatusCode.Unauthorized
                ? "Unauthorized: this node requires a token: pass --token or set SLOTH_TOKEN"
                : $"the node refused the event stream ({(int)socket.HttpStatusCode}): {ex.Message}");
        }
        catch (WebSocketException ex)
        {
            socket.Dispose();
            throw NodeUnavailableException.At(_displayUrl, ex);
        }
    }

    private static async Task<string?> ReceiveAsync(ClientWebSocket socket, byte[] buffer, MemoryStream message, CancellationToken ct)
    {
        message.SetLength(0);
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, ct).ConfigureAwait(false);
            }
            catch (WebSocketException ex)
            {
                throw new NodeUnavailableException($"the event stream broke: {ex.Message}", ex);
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxStreamMessageBytes)
            {
                throw new NodeReplyException(200, $"the node sent a stream message over {MaxStreamMessageBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }
}
