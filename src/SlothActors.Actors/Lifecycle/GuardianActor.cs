namespace SlothActors.Actors;

/// <summary>Parent of every actor made by <see cref="ActorSystem.ActorOf"/>; stopping it terminates the system.</summary>
internal sealed class GuardianActor : ActorBase
{
    protected override void OnReceive(object message) => Unhandled(message);
}
