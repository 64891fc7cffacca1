using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;

namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    public Task<Reply<HookView>> AddHookAsync(AddHook command, CancellationToken ct = default) => AskAsync<HookView>(command, ct);

    public Task<Reply<HookList>> ListHooksAsync(string? stack, CancellationToken ct = default) => AskAsync<HookList>(new ListHooks(stack), ct);

    public Task<Reply<HookView>> GetHookAsync(string name, CancellationToken ct = default) => AskAsync<HookView>(new GetHook(name), ct);

    public Task<Reply<HookView>> EnableHookAsync(string name, CancellationToken ct = default) => AskAsync<HookView>(new SetHookEnabled(name, true), ct);

    public Task<Reply<HookView>> DisableHookAsync(string name, CancellationToken ct = default) => AskAsync<HookView>(new SetHookEnabled(name, false), ct);

    public Task<Reply<CommandDone>> RemoveHookAsync(string name, CancellationToken ct = default) => AskAsync<CommandDone>(new RemoveHook(name), ct);

    public Task<Reply<ExecutionList>> HookHistoryAsync(string name, int limit, CancellationToken ct = default) =>
        AskAsync<ExecutionList>(new GetHookHistory(name, limit), ct);

    /// <summary>Runs a script or a registered hook on an event; nothing is recorded.</summary>
    public Task<Reply<HookTestResult>> TestHookAsync(TestHook command, CancellationToken ct = default) => AskAsync<HookTestResult>(command, ct);
}
