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
    /// (unless roots are configured), a host shutdown that outlasts the engine's grace period, the node name as the engine's claim owner, and acceptance on the partitions' Akka journal (a SQLite file of its own, or the cluster's PostgreSQL).
    /// </summary>
    public NodeSettings Resolved()
    {
        var lua = Lua with
        {
            FileRoots = Lua.FileRoots.Count > 0 ? Lua.FileRoots : [Path.GetFullPath(Node.DataDir), Path.GetTempPath()],
        };
        var node = Node with { ShutdownGrace = Engine.GracePeriod + ShutdownMargin };

        // The node name is the claim owner, so a restarted node finds its own leftovers; in a
        // cluster only those are recovered, since the other nodes' events are still theirs.
        var recovery = Node.IsClustered ? StartupRecovery.OwnEvents : StartupRecovery.AllProcessing;

        var engine = Engine.WithRecovery(recovery, Node.NodeName).WithAcceptance(AcceptanceJournal.Akka);
        return this with { Node = node, Lua = lua, Engine = engine };
    }
}
