namespace SlothActors.Journal.Cluster;

/// <summary>What a node says about itself when it joins.</summary>
/// <param name="Address">The URL other nodes and the CLI reach it at.</param>
public sealed record MemberRegistration(string Name, string Address, IReadOnlyList<string> Roles, string Version);
