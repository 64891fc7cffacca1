namespace SlothActors.Integration.Tests.Cluster;

/// <summary>The shared three-node cluster: operators down dead nodes themselves (no auto-down).</summary>
public sealed class ClusterOfThree : ClusterNodes
{
    protected override ClusterTimings Timings => ClusterTimings.Fast;
}

/// <summary>A second three-node cluster whose leader downs a silent node by itself.</summary>
/// <remarks>
/// The delay is far longer than failure detection needs because the node does not heartbeat
/// between joining and up: a node that takes longer than UnreachableAfter + AutoDownAfter to
/// start its engine (seen: 6 s on a loaded 2-core machine) is downed while joining and fences itself.
/// </remarks>
public sealed class AutoDownClusterOfThree : ClusterNodes
{
    public static readonly TimeSpan AutoDownAfter = TimeSpan.FromSeconds(10);

    protected override ClusterTimings Timings => ClusterTimings.Fast.WithAutoDownAfter(AutoDownAfter);
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterOfThree>
{
    public const string Name = "cluster of three";
}

[CollectionDefinition(Name)]
public sealed class AutoDownClusterCollection : ICollectionFixture<AutoDownClusterOfThree>
{
    public const string Name = "auto-down cluster of three";
}
