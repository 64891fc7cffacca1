namespace SlothActors.Client.Tests.Support;

/// <summary>The test classes that share one in-process <see cref="RealNode"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RealNodeCollection : ICollectionFixture<RealNode>
{
    public const string Name = "real node";
}
