using SlothActors.Engine.Hosting;
using SlothActors.Lua.Runtime;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Runtime;

/// <summary>Everything a running node is configured with: the host, the engine and the Lua runtime.</summary>
public sealed record NodeSettings(NodeOptions Node, EngineOptions Engine, LuaRuntimeOptions Lua)
{
    /// <summary>How long the host waits past the engine's grace period for the last writes and the journal to close.</summary>
    public static readonly TimeSpan ShutdownMargin = TimeSpan.FromSeconds(15);

    public NodeSettings(NodeOptions node)
        : this(node, new EngineOptions(), new LuaRuntimeOptions())
    {
    }

    /// <summary>
    /// The settings as the node runs them: hook files confined to the data dir and the temp dir
    /// (unless roots are configured), a host shutdown that outlasts the engine's grace period, and the node name as the owner of the events it runs.
    /// </summary>
    public NodeSettings Resolved()
    {
        var lua = Lua with
        {
            FileRoots = Lua.FileRoots.Count > 0 ? Lua.FileRoots : [Path.GetFullPath(Node.DataDir), Path.GetTempPath()],
        };
        var node = Node with { ShutdownGrace = Engine.GracePeriod + ShutdownMargin };

        // The node name is the owner of the read model's processing rows, so a restarted node
        // finds its own leftovers; in a cluster only those go back to pending, since the other
        // nodes' rows are events they are running now.
        var recovery = Node.IsClustered ? StartupRecovery.OwnEvents : StartupRecovery.AllProcessing;

        var engine = Engine.WithRecovery(recovery, Node.NodeName);
        return this with { Node = node, Lua = lua, Engine = engine };
    }
}
