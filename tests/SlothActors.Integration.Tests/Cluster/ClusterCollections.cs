namespace SlothActors.Integration.Tests.Cluster;

/// <summary>The shared three-node cluster: operators down dead nodes themselves (no auto-down).</summary>
public sealed class ClusterOfThree : ClusterNodes
{
    protected override ClusterTimings Timings => ClusterTimings.Fast;
}

/// <summary>A second three-node cluster whose leader downs a node silent for two seconds by itself.</summary>
public sealed class AutoDownClusterOfThree : ClusterNodes
{
    public static readonly TimeSpan AutoDownAfter = TimeSpan.FromSeconds(2);

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
