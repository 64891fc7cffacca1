using System.Runtime.CompilerServices;

namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    /// <summary>Largest member change accepted from <c>/cluster/stream</c>; a member object is a few hundred bytes.</summary>
    public const int MaxMemberEventChars = 64 * 1024;

    public Task<Reply<ClusterView>> GetClusterAsync(CancellationToken ct = default) =>
        GetAsync("cluster", ClusterJson.Default.ClusterView, ct);

    /// <param name="node">The member to take out (node name, <c>HOST:PORT</c> or Akka address; the node resolves it); null means the node asked.</param>
    public Task<Reply<MemberChange>> LeaveAsync(string? node, CancellationToken ct = default) =>
        PostAsync("cluster/leave", new MemberRequest(node), ClusterJson.Default.MemberRequest, ClusterJson.Default.MemberChange, ct);

    public Task<Reply<MemberChange>> DownAsync(string node, CancellationToken ct = default) =>
        PostAsync("cluster/down", new MemberRequest(node), ClusterJson.Default.MemberRequest, ClusterJson.Default.MemberChange, ct);

    /// <param name="seed"><c>HOST:PORT</c> or <c>akka.tcp://sloth@HOST:PORT</c>; the node checks it.</param>
    public Task<Reply<JoinReply>> JoinAsync(string seed, CancellationToken ct = default) =>
        PostAsync("cluster/join", new JoinRequest(seed), ClusterJson.Default.JoinRequest, ClusterJson.Default.JoinReply, ct);

    public Task<Reply<DownedMembers>> DownUnreachableAsync(CancellationToken ct = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "cluster/down-unreachable"), ClusterJson.Default.DownedMembers, ct);

    /// <summary>Each member object of <c>/cluster/stream</c> as JSON text: the current members first, then one per Akka cluster event.</summary>
    public async IAsyncEnumerable<string> MemberChangesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        using var response = await OpenStreamAsync("cluster/stream", ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var reader = new ServerSentEventReader(body, MaxMemberEventChars);
        while (await NextAsync(reader, ct).ConfigureAwait(false) is { } item)
        {
            if (item.Type == "member")
            {
                yield return item.Data;
            }
        }
    }

    private static async Task<ServerSentEvent?> NextAsync(ServerSentEventReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.NextAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new NodeUnavailableException($"the member stream broke: {ex.Message}", ex);
        }
    }

    private async Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            _trace?.WriteLine($"GET {request.RequestUri} -> {(int)response.StatusCode} (stream)");
        }
        catch (HttpRequestException ex)
        {
            throw NodeUnavailableException.At(_displayUrl, ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new NodeUnavailableException($"the node at {_displayUrl} did not answer within {_http.Timeout.TotalSeconds:0} s", ex);
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                throw new NodeReplyException((int)response.StatusCode, ProblemText.From(response.StatusCode, body));
            }
        }

        return response;
    }
}
