namespace SlothActors.Node.Tests.Cli.Fakes;

/// <summary>
/// The fake's answer to a follow command: <see cref="Items"/> streamed after
/// <c>StreamStarted</c>, then the streaming actor stops, which is how a node ends a stream.
/// </summary>
internal sealed record FakeStream(params object[] Items);
