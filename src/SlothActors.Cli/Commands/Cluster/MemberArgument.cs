using System.CommandLine;
using System.Text.RegularExpressions;

namespace SlothActors.Cli.Commands.Cluster;

/// <summary>
/// The MEMBER argument of <c>cluster leave</c> and <c>cluster down</c>: a node name
/// (<c>node-2</c>), <c>HOST:PORT</c> of its Akka remoting, or its Akka address as
/// <c>cluster show</c> prints it. The node resolves it among its members and refuses, naming
/// it, one that is none; here only the shape is checked, so a typo is a usage error.
/// </summary>
internal static partial class MemberArgument
{
    public const string Help = "The member: its node name (node-2), HOST:PORT of its Akka remoting, or its address akka.tcp://sloth@HOST:PORT as `sloth cluster show` prints it";

    public static Argument<string> Create(ArgumentArity arity)
    {
        var argument = new Argument<string>("MEMBER") { Description = Help, Arity = arity };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Name().IsMatch(result.Tokens[0].Value) && !Address().IsMatch(result.Tokens[0].Value))
            {
                result.AddError($"MEMBER '{Cut(result.Tokens[0].Value)}' is not a node name ([a-z0-9][a-z0-9._-]{{0,62}}), HOST:PORT or akka.tcp://sloth@HOST:PORT");
            }
        });
        return argument;
    }

    private static string Cut(string text) => text.Length <= 80 ? text : text[..80] + "...";

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,62}$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^([a-z][a-z0-9.+-]*://[^\s@/]+@)?[^\s@/:]{1,253}:[0-9]{1,5}$")]
    private static partial Regex Address();
}
