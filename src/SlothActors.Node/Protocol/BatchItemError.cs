namespace SlothActors.Node.Protocol;

/// <summary>Why the event at <paramref name="Index"/> of a batch was not stored.</summary>
public sealed record BatchItemError(int Index, ProtocolError Error);
