using SlothActors.Actors;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Processing;

/// <summary>
/// Processes one event at a time (the rest wait in order): runs one child
/// <see cref="HookExecutorActor"/> per matching enabled hook, gathers their executions and
/// hands the outcome to the recorder. An event with no matching hook completes at once.
/// </summary>
internal sealed class EventWorkerActor(EngineContext engine, IActorRef recorder) : ActorBase
{
    // A child that throws is stopped; the watch below turns that into a failed execution.
    private static readonly SupervisorStrategy StopFailedExecutors = new OneForOneStrategy(_ => Directive.Stop);

    private readonly Queue<Event> _waiting = new();
    private readonly Dictionary<IActorRef, HookDefinition> _running = new(ReferenceEqualityComparer.Instance);
    private readonly List<HookExecution> _executions = [];
    private Event? _current;

    protected override SupervisorStrategy SupervisorStrategy() => StopFailedExecutors;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ProcessEvent process:
                _waiting.Enqueue(process.Event);
                if (_current is null)
                {
                    StartNext();
                }

                break;
            case HookExecuted executed:
                if (_running.Remove(Sender))
                {
                    Collect(executed.Execution);
                }

                break;
            case Terminated terminated:
                // After a report the executor is already out of _running, so this only catches executors that died silently.
                if (_running.Remove(terminated.ActorRef, out var hook) && _current is { } evt)
                {
                    Collect(ExecutionRecords.Failed(hook, evt, $"hook {hook.Name} executor stopped before reporting", TimeSpan.Zero, engine.Time.GetUtcNow()));
                }

                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void StartNext()
    {
        while (_waiting.TryDequeue(out var evt))
        {
            var hooks = engine.Hooks.Current.Match(evt);
            if (hooks.Count == 0)
            {
                recorder.Tell(new EventProcessed(evt, EventOutcomes.Of(evt, [], engine.Time.GetUtcNow())));
                continue;
            }

            _current = evt;
            foreach (var hook in hooks)
            {
                var executor = Context.ActorOf(Props.Create(() => new HookExecutorActor(hook, evt, engine)));
                Context.Watch(executor);
                _running.Add(executor, hook);
            }

            return;
        }
    }

    private void Collect(HookExecution execution)
    {
        _executions.Add(execution);
        if (_running.Count > 0 || _current is not { } evt)
        {
            return;
        }

        recorder.Tell(new EventProcessed(evt, EventOutcomes.Of(evt, [.. _executions], engine.Time.GetUtcNow())));
        _executions.Clear();
        _current = null;
        StartNext();
    }
}
