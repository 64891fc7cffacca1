using System.Net.Http.Headers;
using System.Text.Json;

namespace SlothActors.Client.Delivery;

/// <summary>
/// One HTTP attempt: <c>POST /events</c> for a single event, <c>POST /events/batch</c> for a batch.
/// Any 2xx is success; anything else throws <see cref="CollectorRefusedException"/>.
/// </summary>
internal sealed class CollectorSender(Func<HttpClient> client, Uri collectorUrl, string? apiToken)
{
    // Replies are small; a bigger one is not a collector we understand.
    private const int MaxReplyBytes = 256 * 1024;
    private const int MaxErrorsKept = 20;

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly Uri _single = new(WithSlash(collectorUrl), "events");
    private readonly Uri _batch = new(WithSlash(collectorUrl), "events/batch");

    public async ValueTask<DeliveryReceipt> SendAsync(IReadOnlyList<OutgoingEvent> events, bool asBatch, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, asBatch ? _batch : _single)
        {
            Content = new ByteArrayContent(asBatch ? WireFormat.Many(events) : WireFormat.One(events[0])),
        };
        request.Content.Headers.ContentType = Json;
        if (apiToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        }

        using var response = await client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new CollectorRefusedException(response.StatusCode, Detail(body));
        }

        return asBatch ? ReadBatchReceipt(body, events.Count) : new DeliveryReceipt(1, 0, []);
    }

    private static DeliveryReceipt ReadBatchReceipt(byte[] body, int sent)
    {
        // The protocol lets a batch store some events and refuse others; a reply we cannot read
        // still was a 2xx, so every event counts as collected.
        try
        {
            using var reply = JsonDocument.Parse(body);
            var root = reply.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("failed", out var failed) || !failed.TryGetInt32(out var refused))
            {
                return new DeliveryReceipt(sent, 0, []);
            }

            refused = Math.Clamp(refused, 0, sent);
            var errors = root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Take(MaxErrorsKept).Select(error => error.ToString()).ToArray()
                : [];
            return new DeliveryReceipt(sent - refused, refused, errors);
        }
        catch (JsonException)
        {
            return new DeliveryReceipt(sent, 0, []);
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var copy = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while (copy.Length < MaxReplyBytes && (read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            copy.Write(chunk, 0, read);
        }

        return copy.ToArray();
    }

    private static string Detail(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500));
        return text.Length == 0 ? "(empty reply)" : text;
    }

    private static Uri WithSlash(Uri root) =>
        root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
}
