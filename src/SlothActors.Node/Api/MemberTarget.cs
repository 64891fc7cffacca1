using Akka.Cluster;
using SlothActors.Node.Cluster;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Api;

/// <summary>
/// The member a leave or down names: an Akka address (<c>akka.tcp://sloth@HOST:PORT</c> or
/// <c>HOST:PORT</c>) or a node name (<c>node-2</c>), looked up among the members this node sees,
/// so that a typo is refused, naming it, before anything changes.
/// </summary>
internal static class MemberTarget
{
    /// <returns>The member, or the problem: 422 for text that is neither form, 404 for no such member, 409 for a name two members claim.</returns>
    public static (Member? Member, Problem? Problem) Resolve(ClusterMembers view, string text)
    {
        // A node name never holds a colon; an address always does.
        var byAddress = text.Contains(':', StringComparison.Ordinal);
        string key;
        try
        {
            key = byAddress
                ? SeedAddresses.OnTransport(SeedAddresses.ParseOne(text), view.Self.Protocol == SeedAddresses.TlsProtocol)
                : MemberNames.ParseName(text);
        }
        catch (NodeOptionsException)
        {
            return (null, Problem.Invalid("node", $"'{MemberNames.Shorten(text)}' is not a member: use a node name (node-2), HOST:PORT or akka.tcp://sloth@HOST:PORT"));
        }

        var members = view.Members.Where(m => (byAddress ? m.Address.ToString() : view.NameOf(m.Address)) == key).ToList();
        return members.Count switch
        {
            1 => (members[0], null),
            0 => (null, Problem.NotFound($"no member '{text}' in the cluster (members: {List(view)}); see `sloth cluster show`")),
            _ => (null, new Problem(409, "conflict", "Conflict",
                $"members {string.Join(", ", members.Select(m => m.Address))} all say they are '{text}'; name one by its address")),
        };
    }

    private static string List(ClusterMembers view)
    {
        var members = view.Members.Select(m => view.NameOf(m.Address) is { } name ? $"{name} ({m.Address})" : m.Address.ToString()).ToList();
        return members.Count == 0 ? "none" : string.Join(", ", members);
    }
}
