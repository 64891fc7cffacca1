namespace SlothActors.Node.Hooks;

/// <summary>When <see cref="HookChangesActor"/> reloads the hooks without being told to.</summary>
/// <param name="CatchUp">After this node is up in the cluster: a few of the mediators' gossip rounds (one a second by default).</param>
/// <param name="Safety">Every this long, for an announcement lost on the way (pubsub delivers at most once).</param>
/// <param name="Retry">After a failed reload.</param>
/// <param name="Republish">When the announcing node publishes a change again (after the first, at once), for subscribers it learns of late.</param>
internal sealed record HookReloadTimings(TimeSpan CatchUp, TimeSpan Safety, TimeSpan Retry, IReadOnlyList<TimeSpan> Republish)
{
    public static HookReloadTimings Default { get; } =
        new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6)]);
}
