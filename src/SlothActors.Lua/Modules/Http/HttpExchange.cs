using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Http;

/// <summary>
/// Sends one request on the shared client, bounded by min(timeout, execution deadline), and
/// reads the response into the table hooks get:
/// <c>{status_code, status, body, headers, success, json}</c>.
/// </summary>
internal static class HttpExchange
{
    public const int MaxResponseBytes = 10 * 1024 * 1024;

    public static Dictionary<string, object?> Send(HttpRequestSpec spec, HookExecutionContext context, TimeProvider time)
    {
        context.Cancellation.ThrowIfCancellationRequested();
        var budget = ExecutionBudget.Effective(context, time, spec.Timeout);
        using var timeout = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation, timeout.Token);
        var url = SafeUrl.Display(spec.Url);
        try
        {
            using var request = Build(spec);
            using var response = SharedHttpClient.Instance.Send(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            using var abortRead = linked.Token.Register(response.Dispose);
            var body = ReadBody(response, url);
            linked.Token.ThrowIfCancellationRequested();
            return Table(response, body);
        }
        catch (Exception ex) when (timeout.IsCancellationRequested && !context.Cancellation.IsCancellationRequested && ex is OperationCanceledException or ObjectDisposedException or IOException or HttpRequestException)
        {
            throw new LuaScriptException(string.Create(CultureInfo.InvariantCulture, $"request to {url} timed out after {budget.TotalSeconds:0.###}s"), ex);
        }
        catch (HttpRequestException ex)
        {
            throw new LuaScriptException($"request to {url} failed: {ex.Message}", ex);
        }
    }

    private static HttpRequestMessage Build(HttpRequestSpec spec)
    {
        var request = new HttpRequestMessage(spec.Method, spec.Url);
        if (spec.Body is not null)
        {
            request.Content = new ByteArrayContent(spec.Body);
            if (spec.ContentType is not null)
            {
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(spec.ContentType);
            }
        }

        foreach (var (name, value) in spec.Headers)
        {
            if (request.Headers.TryAddWithoutValidation(name, value))
            {
                continue;
            }

            if (request.Content is null)
            {
                throw new LuaScriptException($"header '{name}' describes a body, but the request has none");
            }

            request.Content.Headers.Remove(name);
            if (!request.Content.Headers.TryAddWithoutValidation(name, value))
            {
                throw new LuaScriptException($"header '{name}' cannot be set");
            }
        }

        return request;
    }

    private static byte[] ReadBody(HttpResponseMessage response, string url)
    {
        if (response.Content.Headers.ContentLength > MaxResponseBytes)
        {
            throw TooLarge(url);
        }

        using var stream = response.Content.ReadAsStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxResponseBytes)
            {
                throw TooLarge(url);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static LuaScriptException TooLarge(string url) =>
        new($"response body from {url} is larger than the {MaxResponseBytes}-byte limit");

    /// <summary>The body as a JSON value when it is JSON (within the conversion limits), else null.</summary>
    private static JsonElement? JsonOrNull(byte[] body)
    {
        if (body.Length is 0 or > LuaJsonLimits.MaxBytes)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = LuaJsonLimits.MaxDepth });
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, object?> Table(HttpResponseMessage response, byte[] body)
    {
        var code = (int)response.StatusCode;
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name.ToLowerInvariant()] = string.Join(", ", values);
        }

        return new Dictionary<string, object?>
        {
            ["status_code"] = (long)code,
            ["status"] = string.Create(CultureInfo.InvariantCulture, $"{code} {response.ReasonPhrase}").TrimEnd(),
            ["body"] = body,
            ["headers"] = headers,
            ["success"] = code is >= 200 and < 300,
            ["json"] = JsonOrNull(body),
        };
    }
}
