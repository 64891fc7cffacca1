using SlothActors.Actors;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Hosting;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Engine.Processing;

/// <summary>
/// Runs one hook on one event on the execution scheduler (never on this actor's thread),
/// reports the execution to its worker and stops. Failures, exceptions and timeouts arrive as
/// failed executions; if this actor itself dies first, the worker's watch records that instead.
/// </summary>
internal sealed class HookExecutorActor(HookDefinition hook, Event evt, EngineContext engine) : ActorBase
{
    protected override void PreStart() => engine.Executions.RunAsync(hook, evt).PipeTo(Self);

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case HookExecution execution:
                Report(execution);
                break;
            case Status.Failure failure:
                Report(ExecutionRecords.Failed(hook, evt, $"hook executor failed: {failure.Cause.Message}", TimeSpan.Zero, engine.Time.GetUtcNow()));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Report(HookExecution execution)
    {
        Context.Parent.Tell(new HookExecuted(execution), Self);
        Context.Stop(Self);
    }
}
