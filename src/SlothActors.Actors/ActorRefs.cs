namespace SlothActors.Actors;

/// <summary>Well-known refs.</summary>
public static class ActorRefs
{
    /// <summary>Pass as sender when there is none; a reply to it becomes a dead letter.</summary>
    public static readonly IActorRef? NoSender;
}
