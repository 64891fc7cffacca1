namespace SlothActors.Actors;

/// <summary>What a parent knows about one child: its restart budget and whether it was told to stop.</summary>
internal sealed class ChildRecord(ActorCell cell)
{
    public ActorCell Cell { get; } = cell;

    public RestartStatistics Restarts { get; } = new();

    public bool IsStopping { get; set; }
}
