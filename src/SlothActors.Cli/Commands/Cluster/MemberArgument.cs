using System.CommandLine;
using System.Text.RegularExpressions;
using SlothActors.Cli.Client;
using SlothActors.Cli.Output;

namespace SlothActors.Cli.Commands.Cluster;

/// <summary>
/// The NODE argument of <c>cluster leave</c> and <c>cluster down</c>: a member name
/// (<c>node-2</c>) or the <c>name@host:port</c> form <c>cluster show</c> prints.
/// </summary>
internal static partial class MemberArgument
{
    public const string Help = "Member name (node-2) or its name@host:port as `sloth cluster show` prints it";

    public static Argument<string> Create(ArgumentArity arity)
    {
        var argument = new Argument<string>("NODE") { Description = Help, Arity = arity };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Shape().IsMatch(result.Tokens[0].Value))
            {
                result.AddError($"NODE '{Cut(result.Tokens[0].Value)}' is not a member name ([a-z0-9][a-z0-9._-]{{0,62}}) or name@host:port");
            }
        });
        return argument;
    }

    /// <summary>The member <paramref name="node"/> names, looked up in the cluster's members so that a typo is caught before anything changes.</summary>
    /// <exception cref="CliInputException">No member matches; the message names <paramref name="node"/> and lists the members.</exception>
    public static string Resolve(ClusterView cluster, string node)
    {
        var at = node.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? node : node[..at];
        var member = cluster.Members.FirstOrDefault(m => m.Name == name);
        if (member is null)
        {
            var names = cluster.Members.Count == 0 ? "none" : string.Join(", ", cluster.Members.Select(m => m.Name));
            throw new CliInputException($"no member named '{name}' in the cluster (members: {names}); see `sloth cluster show`");
        }

        if (at >= 0 && ClusterLines.Address(member) != node)
        {
            throw new CliInputException($"member '{name}' is at {ClusterLines.Address(member)}, not {node}; see `sloth cluster show`");
        }

        return member.Name;
    }

    private static string Cut(string text) => text.Length <= 80 ? text : text[..80] + "...";

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,62}(@[^\s@/]{1,260})?$")]
    private static partial Regex Shape();
}
