namespace SlothActors.Node.Commands;

/// <summary>What a <see cref="MemberFollowerActor"/> needs: this node's name (for its own member line) and the clock that stamps changes.</summary>
internal sealed record MemberFollowing(string NodeName, TimeProvider Time);
