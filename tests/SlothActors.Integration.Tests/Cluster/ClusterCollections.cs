namespace SlothActors.Integration.Tests.Cluster;

/// <summary>The shared three-node cluster.</summary>
public sealed class ClusterOfThree : ClusterNodes
{
    protected override ClusterTimings Timings => ClusterTimings.Fast;
}

/// <summary>A second three-node cluster, for the test that kills a node: the Split Brain Resolver downs it.</summary>
public sealed class SecondClusterOfThree : ClusterNodes
{
    protected override ClusterTimings Timings => ClusterTimings.Fast;
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterOfThree>
{
    public const string Name = "cluster of three";
}

[CollectionDefinition(Name)]
public sealed class SecondClusterCollection : ICollectionFixture<SecondClusterOfThree>
{
    public const string Name = "second cluster of three";
}
