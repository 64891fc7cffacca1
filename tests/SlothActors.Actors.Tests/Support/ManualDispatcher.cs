using SlothActors.Actors;

namespace SlothActors.Actors.Tests.Support;

/// <summary>A one-thread "pool": mailbox runs queue up and run only when the test pumps them.</summary>
internal sealed class ManualDispatcher : IWorkDispatcher
{
    private readonly Queue<IThreadPoolWorkItem> _queue = new();

    public void Schedule(IThreadPoolWorkItem work)
    {
        lock (_queue)
        {
            _queue.Enqueue(work);
        }
    }

    public void RunUntilIdle()
    {
        while (true)
        {
            IThreadPoolWorkItem work;
            lock (_queue)
            {
                if (!_queue.TryDequeue(out work!))
                {
                    return;
                }
            }

            work.Execute();
        }
    }
}
