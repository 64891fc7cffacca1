using Akka.Actor;
using SlothActors.Engine.Hosting;

namespace SlothActors.Engine.Execution;

/// <summary>
/// Creates hook executors without reflection: a worker spawns one per matching hook per event,
/// tens of thousands a second, so the default activator's cost shows.
/// </summary>
internal sealed class ExecutorProducer(EngineContext engine) : IIndirectActorProducer
{
    public Type ActorType => typeof(HookExecutorActor);

    public static Props Props(EngineContext engine) => Akka.Actor.Props.CreateBy(new ExecutorProducer(engine));

    public ActorBase Produce() => new HookExecutorActor(engine);

    public void Release(ActorBase actor)
    {
    }
}
