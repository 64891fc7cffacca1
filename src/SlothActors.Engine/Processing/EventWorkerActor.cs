using SlothActors.Actors;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Processing;

/// <summary>
/// Processes one event at a time (the rest wait in order): hands one run per matching enabled
/// hook to the execution scheduler, gathers the executions it reports back and hands the
/// outcome to the recorder. An event with no matching hook completes at once.
/// </summary>
/// <remarks>
/// The scheduler reports every run exactly once, also when the runner throws, times out or
/// ignores its token, so the worker needs no child actor per hook to guard against a run
/// that never reports. Reports carry the event id: a report for another event (one a
/// restarted predecessor started) is ignored.
/// </remarks>
internal sealed class EventWorkerActor(EngineContext engine, IActorRef recorder) : ActorBase
{
    private readonly Queue<Event> _waiting = new();
    private readonly List<HookExecution> _executions = [];
    private Event? _current;
    private int _running;

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
                Collect(executed.Execution);
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
            _running = hooks.Count;
            foreach (var hook in hooks)
            {
                engine.Executions.Run(hook, evt, Self);
            }

            return;
        }
    }

    private void Collect(HookExecution execution)
    {
        if (_current is not { } evt || !string.Equals(execution.EventId, evt.Id, StringComparison.Ordinal))
        {
            return;
        }

        _executions.Add(execution);
        if (--_running > 0)
        {
            return;
        }

        recorder.Tell(new EventProcessed(evt, EventOutcomes.Of(evt, [.. _executions], engine.Time.GetUtcNow())));
        _executions.Clear();
        _current = null;
        StartNext();
    }
}
