namespace SlothActors.Actors;

/// <summary>Runs mailbox turns. One implementation per execution model (thread pool, test pump).</summary>
internal interface IWorkDispatcher
{
    void Schedule(IThreadPoolWorkItem work);
}
