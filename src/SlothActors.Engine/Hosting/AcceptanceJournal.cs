namespace SlothActors.Engine.Hosting;

/// <summary>Where an accepted event is made durable before its producer is acknowledged.</summary>
public enum AcceptanceJournal
{
    /// <summary>
    /// The dispatcher partitions' Akka.Persistence journal (the actor system must have one
    /// configured); the read model is a projection and a backlog costs no extra writes.
    /// </summary>
    Akka,

    /// <summary>
    /// The read model itself, with pending events claimed from it (the PostgreSQL cluster's way
    /// until its nodes are Akka.Cluster members: any node may claim what another released).
    /// </summary>
    ReadModel,
}
