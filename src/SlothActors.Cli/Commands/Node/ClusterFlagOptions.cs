using System.CommandLine;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;

namespace SlothActors.Cli.Commands.Node;

/// <summary>
/// The storage and cluster settings of <c>sloth node run</c>; each also reads from the config
/// file (section <c>Node</c>, <c>Cluster</c>) and the environment.
/// </summary>
internal sealed class ClusterFlagOptions
{
    private readonly Option<string?> _storage = new("--storage") { Description = "Journal: sqlite (one node, the default) or postgres (join a cluster) [env: SLOTH_STORAGE]", HelpName = "sqlite|postgres" };
    private readonly Option<string?> _postgres = new("--pg") { Description = "PostgreSQL connection string, e.g. \"Host=db;Port=5432;Username=sloth;Database=sloth\"; never logged [env: SLOTH_POSTGRES]", HelpName = "CONNECTION" };
    private readonly Option<string?> _nodeName = new("--node-name") { Description = "Unique member name, e.g. node-1 (default: the machine name) [env: SLOTH_NODE_NAME]", HelpName = "NAME" };
    private readonly Option<string?> _roles = new("--roles") { Description = "Comma list of cluster roles (default: worker); dispatcher partitions run on worker members, so a node on SQLite needs it [env: SLOTH_ROLES]", HelpName = "ROLE,..." };
    private readonly Option<string?> _advertise = new("--advertise-address") { Description = "URL other nodes and the CLI reach this node at (default: http://BIND:PORT) [env: SLOTH_ADVERTISE_ADDRESS]", HelpName = "URL" };

    public ClusterFlagOptions() => _storage.AcceptOnlyFromAmong(StorageKinds.Sqlite, StorageKinds.Postgres);

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _storage, _postgres, _nodeName, _roles, _advertise })
        {
            command.Add(option);
        }
    }

    /// <exception cref="NodeOptionsException">A value is malformed; the message names the flag.</exception>
    public NodeOptions Apply(CommandContext context, NodeOptions options)
    {
        return options with
        {
            Storage = context.Get(_storage) is { } storage ? StorageKinds.Parse(storage) : options.Storage,
            Postgres = context.Get(_postgres) ?? options.Postgres,
            NodeName = context.Get(_nodeName) is { } name ? MemberNames.ParseName(name) : options.NodeName,
            Roles = context.Get(_roles) is { } roles ? MemberNames.ParseRoles(roles) : options.Roles,
            AdvertiseAddress = context.Get(_advertise) ?? options.AdvertiseAddress,
        };
    }
}
