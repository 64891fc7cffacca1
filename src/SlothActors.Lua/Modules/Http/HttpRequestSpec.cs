using System.Text.Json;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Http;

/// <summary>
/// What a hook asked for: <c>{headers = {...}, body = text, json = value, timeout = seconds}</c>.
/// <c>json</c> is encoded as the body and sets <c>Content-Type: application/json</c> unless a header says otherwise.
/// </summary>
internal sealed record HttpRequestSpec(HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, byte[]? Body, string? ContentType, TimeSpan? Timeout)
{
    public const int MaxHeaders = 100;
    public const int MaxHeaderValueLength = 8192;

    public static HttpRequestSpec From(string method, string url, LuaOptions options, byte[]? body)
    {
        var headers = options.StringMap("headers");
        if (headers.Count > MaxHeaders || headers.Values.Any(v => v.Length > MaxHeaderValueLength))
        {
            throw new LuaScriptException($"at most {MaxHeaders} headers of at most {MaxHeaderValueLength} characters each");
        }

        string? contentType = null;
        if (options.Has("json"))
        {
            body = JsonBody(options.Raw("json"));
            contentType = "application/json";
        }
        else if (options.String("body") is { } text)
        {
            body = System.Text.Encoding.UTF8.GetBytes(text);
        }

        return new HttpRequestSpec(
            ParseMethod(method),
            SafeUrl.Parse(url),
            headers,
            body,
            contentType,
            ExecutionBudget.Seconds(options.Number("timeout"), "timeout"));
    }

    private static byte[] JsonBody(object? value)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value);
        }
        catch (ArgumentException ex)
        {
            throw new LuaScriptException("option 'json' cannot be written as JSON: " + ex.Message, ex);
        }
    }

    private static HttpMethod ParseMethod(string method) => method.ToUpperInvariant() switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "PATCH" => HttpMethod.Patch,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "OPTIONS" => HttpMethod.Options,
        _ => throw new LuaScriptException($"unsupported method '{method}' (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)"),
    };
}
