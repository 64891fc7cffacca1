using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace SlothActors.Cli.Client;

/// <summary>
/// Typed client of a node's HTTP API (docs/api.md). Every failure surfaces as one of two
/// exceptions with a one-line message: <see cref="NodeUnavailableException"/> when no node
/// answers, <see cref="NodeReplyException"/> when the node refuses the request.
/// </summary>
public sealed partial class NodeClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _displayUrl;

    private readonly TextWriter? _trace;

    /// <param name="trace">When set, one line per request (method, URL, status, time) for <c>--log-level debug</c>.</param>
    public NodeClient(string nodeUrl, string? token, HttpMessageHandler? handler = null, TimeSpan? timeout = null, TextWriter? trace = null)
    {
        _trace = trace;
        if (!Uri.TryCreate(nodeUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"--node '{nodeUrl}' is not an http(s) URL, e.g. http://127.0.0.1:8002", nameof(nodeUrl));
        }

        _displayUrl = nodeUrl.TrimEnd('/');
        BaseUri = new Uri(_displayUrl + "/");
        Token = string.IsNullOrEmpty(token) ? null : token;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = BaseUri;
        _http.Timeout = timeout ?? TimeSpan.FromSeconds(30);
        if (Token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
    }

    public Uri BaseUri { get; }

    internal string? Token { get; }

    public void Dispose() => _http.Dispose();

    private Task<Reply<T>> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), type, ct);

    private Task<Reply<T>> PostAsync<TBody, T>(string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, bodyType) }, type, ct);

    private async Task<Reply<T>> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken ct)
    {
        var json = await SendForTextAsync(request, ct).ConfigureAwait(false);
        try
        {
            var value = System.Text.Json.JsonSerializer.Deserialize(json, type)
                ?? throw new NodeReplyException(200, "the node sent an empty reply");
            return new Reply<T>(value, json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new NodeReplyException(200, $"the node's reply is not what this CLI expects ({ex.Message}); is it a SlothActors node?");
        }
    }

    private async Task<string> SendForTextAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            HttpResponseMessage response;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                response = await _http.SendAsync(request, ct).ConfigureAwait(false);
                _trace?.WriteLine($"{request.Method} {request.RequestUri} -> {(int)response.StatusCode} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
            }
            catch (HttpRequestException ex)
            {
                throw NodeUnavailableException.At(_displayUrl, ex);
            }
            catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
            {
                throw new NodeUnavailableException($"the node at {_displayUrl} did not answer within {_http.Timeout.TotalSeconds:0} s", ex);
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw new NodeReplyException((int)response.StatusCode, ProblemText.From(response.StatusCode, body));
                }

                return body;
            }
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
