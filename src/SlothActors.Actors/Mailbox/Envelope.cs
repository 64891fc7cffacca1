namespace SlothActors.Actors;

/// <summary>A user message with its sender; a struct so telling allocates nothing beyond the queue slot.</summary>
internal readonly record struct Envelope(object Message, IActorRef? Sender);
