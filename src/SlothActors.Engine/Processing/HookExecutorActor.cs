using SlothActors.Actors;
using SlothActors.Engine.Execution;

namespace SlothActors.Engine.Processing;

/// <summary>
/// Runs one hook on one event: posts the run to the execution scheduler (never runs it on this
/// actor's thread), forwards the one <see cref="HookExecuted"/> the scheduler reports to its
/// worker and stops. Failures, exceptions and timeouts of the hook arrive as failed executions;
/// if this actor itself fails or stops first, its worker's watch records a failed execution.
/// </summary>
/// <remarks>
/// The work arrives as the first message rather than through the constructor, so every worker
/// spawns its executors from one cached <see cref="Props"/> instead of a closure per run. The
/// result goes to the worker from <see cref="PostStop"/>, right before the kernel tells the worker
/// about the stop, so the worker usually handles both in one turn instead of waking twice; it
/// still arrives before the worker's <see cref="Terminated"/>.
/// </remarks>
internal sealed class HookExecutorActor(ExecutionScheduler executions) : ActorBase
{
    private bool _posted;
    private HookExecuted? _result;

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case RunHook run:
                // One executor, one run: a second request is a protocol bug, and failing here
                // hands it to the worker's supervision instead of running a hook twice.
                if (_posted)
                {
                    throw new InvalidOperationException($"hook executor {Self.Path} was asked to run a second hook");
                }

                _posted = true;
                executions.Run(run.Hook, run.Event, Self);
                break;
            case HookExecuted executed:
                _result ??= executed;
                Context.Stop(Self);
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    protected override void PostStop()
    {
        if (_result is { } result)
        {
            Context.Parent.Tell(result, Self);
        }
    }
}
