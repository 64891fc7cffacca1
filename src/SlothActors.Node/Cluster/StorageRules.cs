using Npgsql;
using SlothActors.Engine.Hosting;
using SlothActors.Node.Hosting;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Cluster;

/// <summary>Checks the storage and cluster settings together, once flags and files are merged.</summary>
public static class StorageRules
{
    /// <exception cref="NodeOptionsException">A setting is missing, contradicts another or is malformed.</exception>
    public static void Check(NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MemberNames.ParseName(options.NodeName);
        if (options.IsClustered)
        {
            CheckConnectionString(options.Postgres);
        }

        if (options.AdvertiseAddress is { } address
            && (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0))
        {
            throw new NodeOptionsException($"AdvertiseAddress '{address}' is not an http(s) URL; give the URL others reach this node at, e.g. http://10.0.0.5:8002");
        }

        if (!options.IsClustered && !options.Roles.Contains(SingleNodeCluster.WorkerRole))
        {
            throw new NodeOptionsException(
                $"Roles [{string.Join(",", options.Roles)}] lack '{SingleNodeCluster.WorkerRole}': a node on SQLite hosts its own dispatcher partitions, which run on worker members only; add {SingleNodeCluster.WorkerRole} to --roles");
        }

        // Its partitions are shard entities: in a cluster with other nodes they would be moved to
        // nodes that have none of its journal, and each node's dispatcher would claim them in turn.
        if (!options.IsClustered && options.Seeds.Count > 0)
        {
            throw new NodeOptionsException(
                $"--seed {options.Seeds[0]} needs --storage postgres: a node on SQLite keeps its journal in its own files, so it runs as a cluster of its own and cannot share work with other nodes");
        }

        if (Uri.CheckHostName(options.RemoteHost) == UriHostNameType.Unknown)
        {
            throw new NodeOptionsException($"RemoteHost '{options.RemoteHost}' is not a host name or address; give the address remoting binds, e.g. 127.0.0.1");
        }

        if (RemotingBindRule.Check(options.RemoteHost, options.RemoteInsecure, options.HasTls) is { } refusal)
        {
            throw new NodeOptionsException(refusal);
        }

        // Loaded here only to be checked: a bad certificate stops the node before it opens anything.
        NodeTls.Load(options);

        if (options.AdvertiseHost is { } host && Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            throw new NodeOptionsException($"AdvertiseHost '{host}' is not a host name or address; give the name other nodes reach this one by, e.g. node-1 or 10.0.0.5");
        }

        options.Cluster.EnsureValid();
    }

    // The connection string may hold a password, so no message here repeats any of it.
    private static void CheckConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new NodeOptionsException(
                "Storage is postgres but no connection string is set: give --pg \"Host=...;Port=5432;Username=...;Database=...\" (or SLOTH_POSTGRES)");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new NodeOptionsException(
                "the PostgreSQL connection string (--pg / SLOTH_POSTGRES) is not valid: use Key=Value pairs separated by ';', e.g. Host=...;Port=5432;Username=...;Database=...");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new NodeOptionsException("the PostgreSQL connection string (--pg / SLOTH_POSTGRES) names no Host=; add the server's host name or address");
        }
    }
}
