using Akka.Actor;
using Akka.DistributedData;

namespace SlothActors.Node.Remoting;

/// <summary>
/// The node names (<c>--node-name</c>) of the Akka members, so that <c>cluster show</c> can say
/// which member is <c>node-2</c> and <c>cluster down node-2</c> can find its address. Each node
/// writes <c>its address -> its name</c> into one DistributedData <see cref="LWWDictionary{TKey,TValue}"/>
/// once it is up; gossip spreads it and a node reads its local replica. Keyed by address, not
/// name: a node restarted at the same address under another name overwrites its old entry, and
/// an entry of an address that is no longer a member is simply never asked for.
/// </summary>
public static class MemberNameBook
{
    public static readonly LWWDictionaryKey<string, string> Key = new("sloth-member-names");

    private static readonly TimeSpan ReadPatience = TimeSpan.FromSeconds(3);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    /// <summary>Writes this node's entry once Akka has it up (a node that never gets in never writes).</summary>
    public static void PublishWhenUp(ActorSystem system, string nodeName)
    {
        ArgumentNullException.ThrowIfNull(system);
        var cluster = Akka.Cluster.Cluster.Get(system);
        cluster.RegisterOnMemberUp(() =>
        {
            var entry = LWWDictionary<string, string>.Empty.SetItem(cluster, cluster.SelfAddress.ToString(), nodeName);
            // WriteLocal: the replicator gossips it to every node within seconds; a write that
            // waited for the others would only fail while some are unreachable.
            _ = DistributedData.Get(system).UpdateAsync(Key, entry, WriteLocal.Instance);
        });
    }

    /// <summary>
    /// Address -> node name, as this node's replica knows it (empty before any gossip). A local
    /// read answers at once; while the node shuts down its replicator may not answer at all, and
    /// then the members are shown without names rather than the request hanging.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(ActorSystem system, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system.WhenTerminated.IsCompleted)
        {
            return Empty;
        }

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(ReadPatience);
        try
        {
            var names = await DistributedData.Get(system).GetAsync(Key, ReadLocal.Instance, patience.Token).ConfigureAwait(false);
            return names is null ? Empty : names.Entries;
        }
        catch (Exception ex) when (ex is OperationCanceledException or AskTimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return Empty;
        }
    }
}
