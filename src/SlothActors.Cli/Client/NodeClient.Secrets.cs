using SlothActors.Commands.Agents;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Secrets;

namespace SlothActors.Cli.Client;

public sealed partial class NodeClient
{
    public Task<Reply<CommandDone>> SetSecretAsync(string name, string value, string? stack, CancellationToken ct = default) =>
        AskAsync<CommandDone>(new SetSecret(name, value, stack), ct);

    public Task<Reply<SecretList>> ListSecretsAsync(string? stack, CancellationToken ct = default) => AskAsync<SecretList>(new ListSecrets(stack), ct);

    public Task<Reply<CommandDone>> RemoveSecretAsync(string name, string? stack, CancellationToken ct = default) =>
        AskAsync<CommandDone>(new RemoveSecret(name, stack), ct);

    public Task<Reply<AgentList>> ListAgentsAsync(CancellationToken ct = default) => AskAsync<AgentList>(new ListAgents(), ct);
}
