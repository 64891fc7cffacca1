using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Akka.Actor;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Observing;
using SlothActors.Engine.Recording;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Recording;

namespace SlothActors.Engine.Processing;

/// <summary>
/// Processes one event at a time (the rest wait in order): spawns and watches one child
/// <see cref="HookExecutorActor"/> per matching enabled hook, gathers their executions and hands
/// the outcome to the recorder. An event with no matching hook completes at once.
/// </summary>
/// <remarks>
/// An executor counts as done when its <see cref="Terminated"/> arrives, which always follows
/// its report; one that stopped without reporting (it threw, or was stopped) becomes a failed
/// execution. Waiting for every termination before the next event also frees the executors'
/// names for it. Reports carry the event id: one for another event is ignored.
/// </remarks>
internal sealed class EventWorkerActor : UntypedActor
{
    // An executor that throws is stopped; the watch turns its silence into a failed execution.
    private static readonly SupervisorStrategy StopFailedExecutors = new OneForOneStrategy(Decider.From(Directive.Stop));

    private readonly EngineContext _engine;
    private readonly IActorRef _recorder;
    private readonly Props _executorProps;
    private readonly Queue<ProcessEvent> _waiting = new();
    private readonly Dictionary<IActorRef, Executor> _executors = new(ReferenceEqualityComparer.Instance);
    private readonly List<HookExecution> _executions = [];
    private Event? _current;
    private Activity? _span;

    public EventWorkerActor(EngineContext engine, IActorRef recorder)
    {
        _engine = engine;
        _recorder = recorder;
        _executorProps = ExecutorProducer.Props(engine);
    }

    protected override SupervisorStrategy SupervisorStrategy() => StopFailedExecutors;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ProcessEvent process:
                _waiting.Enqueue(process);
                if (_current is null)
                {
                    StartNext();
                }

                break;
            case HookExecuted executed:
                Collect(executed.Execution);
                break;
            case Terminated terminated:
                ExecutorStopped(terminated.ActorRef);
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    /// <summary>
    /// The pool restarts only this worker (a bug in it, not in a hook). Its current event is
    /// recorded as failed with what its hooks reported so far, and the events waiting for it go
    /// back to the pool, so none of them is stuck in the dispatcher's capacity until a restart.
    /// </summary>
    protected override void PreRestart(Exception reason, object message)
    {
        if (_current is { } evt)
        {
            var error = $"event worker failed while processing this event: {reason.GetType().Name}: {reason.Message}";
            _recorder.Tell(new EventProcessed(evt, new EventOutcome(evt.Id, EventStatus.Failed, error, _engine.Time.GetUtcNow(), [.. _executions], Attempts: evt.Attempts)));
            EngineTracing.StopDetached(_span, error);
        }

        while (_waiting.TryDequeue(out var waiting))
        {
            Context.Parent.Tell(waiting);
        }

        base.PreRestart(reason, message);
    }

    private void StartNext()
    {
        while (_waiting.TryDequeue(out var next))
        {
            var evt = next.Event;
            var hooks = _engine.Hooks.Current.Match(evt);
            var span = EngineTracing.StartDetached("process event", next.Trace, evt);
            if (hooks.Count == 0)
            {
                _recorder.Tell(new EventProcessed(evt, EventOutcomes.Of(evt, [], _engine.Time.GetUtcNow())));
                EngineTracing.StopDetached(span, null);
                continue;
            }

            _current = evt;
            _span = span;
            var trace = span?.Context ?? next.Trace;
            for (var i = 0; i < hooks.Count; i++)
            {
                var hook = hooks[i];
                var executor = Spawn(hook);
                Context.Watch(executor);
                _executors.Add(executor, new Executor(hook));
                executor.Tell(new RunHook(hook, evt, trace), Self);
            }

            return;
        }
    }

    private IActorRef Spawn(HookDefinition hook)
    {
        if (ExecutorName.For(hook) is { } name)
        {
            try
            {
                return Context.ActorOf(_executorProps, name);
            }
            catch (InvalidActorNameException)
            {
                // Two matching hooks with one name (a registry that let a duplicate through).
            }
        }

        return Context.ActorOf(_executorProps);
    }

    private void Collect(HookExecution execution)
    {
        ref var executor = ref CollectionsMarshal.GetValueRefOrNullRef(_executors, Sender);
        if (Unsafe.IsNullRef(ref executor) || executor.Reported
            || _current is not { } evt || !string.Equals(execution.EventId, evt.Id, StringComparison.Ordinal))
        {
            return;
        }

        executor.Reported = true;
        _executions.Add(execution);
    }

    private void ExecutorStopped(IActorRef stopped)
    {
        // Executors of a previous incarnation (before a restart) are not in the map.
        if (!_executors.Remove(stopped, out var executor) || _current is not { } evt)
        {
            return;
        }

        if (!executor.Reported)
        {
            var hook = executor.Hook;
            _executions.Add(ExecutionRecords.Failed(
                hook, evt, $"hook executor for {hook.Name} stopped without a result", TimeSpan.Zero, _engine.Time.GetUtcNow()));
        }

        if (_executors.Count > 0)
        {
            return;
        }

        var outcome = EventOutcomes.Of(evt, [.. _executions], _engine.Time.GetUtcNow());
        _recorder.Tell(new EventProcessed(evt, outcome));
        EngineTracing.StopDetached(_span, outcome.Error);
        _span = null;
        _executions.Clear();
        _current = null;
        StartNext();
    }

    /// <summary>A live executor of the current event and whether it has reported.</summary>
    private struct Executor(HookDefinition hook)
    {
        public readonly HookDefinition Hook = hook;
        public bool Reported;
    }
}
