namespace SlothActors.Node.Hooks;

/// <summary>
/// The DistributedPubSub topic on which a node announces that it changed the hooks. Every node
/// subscribes (<see cref="HookChangesActor"/>) and reloads its registry from the shared store,
/// so a hook added through any node runs on every node. The message is a string, which Akka's own
/// primitive serializer carries: the changed hook's name, or the file's name when a deleted file
/// took its hooks with it. Receivers only log it: every announcement reloads all hooks.
/// </summary>
internal static class HookChangeTopic
{
    public const string Name = "sloth-hooks";
}

/// <summary>To this node's <see cref="HookChangesActor"/>: tell the cluster that the hooks changed (<paramref name="HookName"/>: which, for the logs).</summary>
internal sealed record AnnounceHookChange(string HookName);
