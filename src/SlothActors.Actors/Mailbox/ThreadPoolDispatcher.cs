namespace SlothActors.Actors;

internal sealed class ThreadPoolDispatcher : IWorkDispatcher
{
    public static readonly ThreadPoolDispatcher Instance = new();

    // Unsafe: no ExecutionContext flows into actors, which saves a capture per schedule and keeps
    // ambient state (AsyncLocal) of one sender from leaking into another sender's actor.
    // preferLocal: false keeps turns fair across workers instead of piling onto the scheduling thread.
    public void Schedule(IThreadPoolWorkItem work) => ThreadPool.UnsafeQueueUserWorkItem(work, preferLocal: false);
}
