using Akka.Actor;
using SlothActors.Engine.Partitions;

namespace SlothActors.Engine.Dispatching;

internal sealed partial class DispatcherActor
{
    private readonly List<IActorRef> _drainWaiters = [];
    private readonly List<IActorRef> _workersStoppedWaiters = [];

    private bool IsDrained =>
        _unwritten.Count == 0 && !_writing && !_readingBacklog && _inFlight.Count == 0 && _engine.Gate.Unwritten == 0;

    private void OnBeginShutdown()
    {
        _shuttingDown = true;
        CheckDrained();
    }

    private void OnAwaitDrained()
    {
        if (IsDrained)
        {
            Sender.Tell(Drained.Instance);
        }
        else
        {
            _drainWaiters.Add(Sender);
        }
    }

    private void OnStopWorkers()
    {
        _workersStoppedWaiters.Add(Sender);
        if (_workersStoppedWaiters.Count == 1)
        {
            Context.Watch(_pool);
            Context.Stop(_pool);
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        if (PartitionIndex(terminated.ActorRef) is var partition and >= 0)
        {
            OnPartitionTerminated(partition);
            return;
        }

        if (!terminated.ActorRef.Equals(_pool))
        {
            return;
        }

        foreach (var waiter in _workersStoppedWaiters)
        {
            waiter.Tell(WorkersStopped.Instance);
        }

        _workersStoppedWaiters.Clear();
    }

    /// <summary>Answers once every partition has written the completion markers it was sent, so a clean stop replays little.</summary>
    private void OnAwaitPartitionsIdle()
    {
        // Those of this node: the others write the markers their own nodes send them.
        var live = _partitions.Where((p, i) => p is not null && _owned[i]).Select(p => p!).ToList();
        var replyTo = Sender;
        Task.WhenAll(live.Select(p => p.Ask<PartitionIdle>(AwaitPartitionIdle.Instance, Hosting.EngineHost.ControlTimeout)))
            .ContinueWith(_ => (object)PartitionsIdle.Instance, TaskScheduler.Default)
            .PipeTo(replyTo);
    }

    private void OnAbandonInFlight()
    {
        var ids = _inFlight.ToList();
        _inFlight.Clear();
        Sender.Tell(new InFlightAbandoned(ids));
    }

    private void CheckDrained()
    {
        if (_drainWaiters.Count == 0 || !IsDrained)
        {
            return;
        }

        foreach (var waiter in _drainWaiters)
        {
            waiter.Tell(Drained.Instance);
        }

        _drainWaiters.Clear();
    }
}
