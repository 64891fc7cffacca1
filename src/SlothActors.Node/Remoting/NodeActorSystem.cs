using SlothActors.Engine.Hosting;

namespace SlothActors.Node.Remoting;

/// <summary>The actor system every node runs; its name is part of every node's address.</summary>
public static class NodeActorSystem
{
    public const string Name = EngineServiceCollectionExtensions.SystemName;
}
