using SlothActors.Node.Remoting;

namespace SlothActors.Node.Agents;

/// <summary>What <c>sloth agent run</c> starts with: its identity, the cluster it joins and where its remoting listens.</summary>
public sealed record AgentOptions
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>At least one: an agent joins a cluster of nodes; it never seeds one.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    public string RemoteHost { get; init; } = RemotingDefaults.Host;

    /// <summary>0 (the default) picks a free port: nobody dials an agent first, it dials the seeds.</summary>
    public int RemotePort { get; init; }

    public string? AdvertiseHost { get; init; }

    public bool RemoteInsecure { get; init; }

    public string? TlsCert { get; init; }

    public string? TlsPassword { get; init; }

    public string? TlsCa { get; init; }
}
