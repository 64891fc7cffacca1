namespace SlothActors.Actors;

/// <summary>A ref created by the kernel: it can also carry system messages.</summary>
internal interface IInternalActorRef : IActorRef
{
    ActorSystem System { get; }

    /// <summary>The cell behind the ref; null for refs that are not actors (dead letters, ask replies).</summary>
    ActorCell? Cell { get; }

    void SendSystem(SystemMessage message);
}
