namespace SlothActors.Node.Hooks;

/// <summary>
/// The DistributedPubSub topic on which a node announces that it changed the hooks. Every node
/// subscribes (<see cref="HookChangesActor"/>) and reloads its registry from the shared store,
/// so a hook added through any node runs on every node. The message is the hook's name, a
/// string, which Akka's own primitive serializer carries.
/// </summary>
internal static class HookChangeTopic
{
    public const string Name = "sloth-hooks";
}

/// <summary>To this node's <see cref="HookChangesActor"/>: tell the cluster that hook <paramref name="HookName"/> changed.</summary>
internal sealed record AnnounceHookChange(string HookName);
