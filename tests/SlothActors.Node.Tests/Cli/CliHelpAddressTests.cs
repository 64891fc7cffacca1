using System.CommandLine;
using System.Text.RegularExpressions;
using SlothActors.Cli;
using SlothActors.Commands.Protocol;

namespace SlothActors.Node.Tests.Cli;

/// <summary>The help is what people copy: every <c>--node</c> it shows must be one the CLI takes.</summary>
public sealed partial class CliHelpAddressTests
{
    [Fact]
    public void Every_node_a_help_text_shows_is_an_address_the_cli_accepts()
    {
        var root = SlothCli.Build(new CliConsole(TextWriter.Null, TextWriter.Null));
        var shown = Commands(root, "sloth")
            .SelectMany(command => NodeOption().Matches(command.Description).Select(match => (command.Path, Node: match.Groups["node"].Value)))
            .ToList();

        shown.Count.ShouldBeGreaterThan(5, "the cluster verbs' examples name a node");
        shown.Where(example => !NodeAddress.TryParse(example.Node, out _)).ShouldBeEmpty();
    }

    [Fact]
    public void The_root_help_names_the_default_node_as_a_remoting_address()
    {
        var root = SlothCli.Build(new CliConsole(TextWriter.Null, TextWriter.Null));
        root.Description.ShouldNotBeNull().ShouldContain(GlobalOptions.DefaultNode);
        root.Description.ShouldNotContain("http://");
    }

    private static IEnumerable<(string Path, string Description)> Commands(Command command, string path) =>
        new[] { (path, command.Description ?? "") }.Concat(command.Subcommands.SelectMany(sub => Commands(sub, $"{path} {sub.Name}")));

    /// <summary><c>--node ADDRESS</c> in an example, or <c>--node (default ADDRESS)</c>; an address has a port, prose does not.</summary>
    [GeneratedRegex(@"--node \(?(?:default )?(?<node>[^\s)]*:[^\s)]+)")]
    private static partial Regex NodeOption();
}
