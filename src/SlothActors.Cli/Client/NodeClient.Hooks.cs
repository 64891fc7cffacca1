namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    public Task<Reply<HookView>> AddHookAsync(HookAddRequest request, CancellationToken ct = default) =>
        PostAsync("hooks", request, ClientJson.Default.HookAddRequest, ClientJson.Default.HookView, ct);

    public Task<Reply<HookList>> ListHooksAsync(string? stack, CancellationToken ct = default) =>
        GetAsync(stack is null ? "hooks" : $"hooks?stack={Escape(stack)}", ClientJson.Default.HookList, ct);

    public Task<Reply<HookView>> GetHookAsync(string name, CancellationToken ct = default) =>
        GetAsync($"hooks/{Escape(name)}", ClientJson.Default.HookView, ct);

    public Task<Reply<HookView>> EnableHookAsync(string name, CancellationToken ct = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"hooks/{Escape(name)}/enable"), ClientJson.Default.HookView, ct);

    public Task<Reply<HookView>> DisableHookAsync(string name, CancellationToken ct = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"hooks/{Escape(name)}/disable"), ClientJson.Default.HookView, ct);

    public Task RemoveHookAsync(string name, CancellationToken ct = default) =>
        SendForTextAsync(new HttpRequestMessage(HttpMethod.Delete, $"hooks/{Escape(name)}"), ct);

    public Task<Reply<ExecutionList>> HookHistoryAsync(string name, int limit, CancellationToken ct = default) =>
        GetAsync($"hooks/{Escape(name)}/history?limit={limit}", ClientJson.Default.ExecutionList, ct);

    /// <summary>Runs a script or a registered hook on an event; nothing is recorded.</summary>
    public Task<Reply<HookTestResult>> TestHookAsync(HookTestRequest request, CancellationToken ct = default) =>
        PostAsync("hooks/test", request, ClientJson.Default.HookTestRequest, ClientJson.Default.HookTestResult, ct);
}
