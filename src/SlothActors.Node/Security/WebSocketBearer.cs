using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Security;

/// <summary>
/// A browser's WebSocket cannot send an Authorization header, and a token in the URL would end
/// up in logs and history. So a browser offers two subprotocols: <see cref="Protocol"/>, which
/// the node accepts, and <c>sloth.bearer.BASE64URL(TOKEN)</c>, which carries the token and is
/// never echoed back (the same trick Kubernetes uses for its API).
/// </summary>
public static class WebSocketBearer
{
    /// <summary>The subprotocol a node selects on <c>/events/stream</c> when the client offers it.</summary>
    public const string Protocol = "sloth.events";

    public const string TokenPrefix = "sloth.bearer.";

    /// <summary>The token offered in the request's subprotocols, or null when none is (or it does not decode).</summary>
    public static string? ReadToken(HttpRequest request)
    {
        foreach (var offered in request.Headers.SecWebSocketProtocol)
        {
            foreach (var part in (offered ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith(TokenPrefix, StringComparison.Ordinal))
                {
                    return Decode(part.AsSpan(TokenPrefix.Length));
                }
            }
        }

        return null;
    }

    /// <summary>The subprotocol value that carries <paramref name="token"/>; what the web UI sends.</summary>
    public static string TokenProtocol(string token) => TokenPrefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    public static bool OffersProtocol(HttpRequest request) =>
        request.Headers.SecWebSocketProtocol.Any(offered =>
            (offered ?? "").Split(',', StringSplitOptions.TrimEntries).Contains(Protocol, StringComparer.Ordinal));

    private static string? Decode(ReadOnlySpan<char> encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
