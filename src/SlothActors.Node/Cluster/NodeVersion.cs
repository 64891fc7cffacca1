using System.Reflection;

namespace SlothActors.Node.Cluster;

/// <summary>The version a member reports: the node assembly's, without the build metadata.</summary>
public static class NodeVersion
{
    public static string Current { get; } =
        (typeof(NodeVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
