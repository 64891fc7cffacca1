using Microsoft.AspNetCore.Http;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Api;

/// <summary>
/// Reads a request body into memory, never more than the node's body limit (Kestrel enforces
/// the same limit; this also holds behind other servers and for chunked bodies).
/// </summary>
internal static class RequestBody
{
    public static async Task<(byte[]? Body, Problem? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0
            ? (null, new Problem(400, "not-json", "Body is not JSON", "the request body is empty; send a JSON document"))
            : (buffer.ToArray(), null);
    }

    private static Problem TooLarge(long maxBytes) =>
        Problem.TooLarge($"the request body is over the node's limit of {maxBytes} bytes (MaxBodyBytes); send less");
}
