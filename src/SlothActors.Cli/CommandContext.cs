using System.CommandLine;
using SlothActors.Cli.Client;
using SlothActors.Cli.Output;
using SlothActors.Commands.Tls;

namespace SlothActors.Cli;

/// <summary>What a verb's action works with: its parsed arguments, the console, and a client of the node.</summary>
public sealed class CommandContext(ParseResult parse, GlobalOptions globals, CliConsole console) : IAsyncDisposable
{
    private NodeClient? _client;

    public ParseResult Parse { get; } = parse;

    public CliConsole Console { get; } = console;

    public bool Json => Parse.GetValue(globals.Output) == "json";

    public string Node => Parse.GetValue(globals.Node) ?? GlobalOptions.DefaultNode;

    public string? Token => Parse.GetValue(globals.Token);

    public string? LogLevel => Parse.GetValue(globals.LogLevel);

    public string? TlsCert => Parse.GetValue(globals.TlsCert);

    public string? TlsPassword => Parse.GetValue(globals.TlsPassword);

    public string? TlsCa => Parse.GetValue(globals.TlsCa);

    /// <exception cref="TlsSettingsException">--tls-cert is given and its certificate or CA cannot be used.</exception>
    public NodeClient Client => _client ??= CreateClient();

    private bool Traces => LogLevel is "trace" or "debug";

    public T Get<T>(Option<T> option) => Parse.GetValue(option)!;

    public T Get<T>(Argument<T> argument) => Parse.GetValue(argument)!;

    /// <summary>
    /// Prints a node's reply: as sent with <c>-o json</c> (for scripts), else through
    /// <paramref name="forPeople"/>, which gets the parsed value.
    /// </summary>
    private NodeClient CreateClient()
    {
        var tls = TlsCert is { } cert ? RemotingTls.Load(new TlsSettings(cert, TlsPassword, TlsCa)) : null;
        return new NodeClient(Node, Token, trace: Traces ? Console.Error : null, tls: tls);
    }

    public void Write<T>(Reply<T> reply, Action<T> forPeople)
    {
        if (Json)
        {
            JsonOutput.Raw(Console.Out, reply.Json);
        }
        else
        {
            forPeople(reply.Value);
        }
    }

    /// <summary>Was the option given on the command line (rather than defaulted)?</summary>
    public bool Given(Option option) => Parse.GetResult(option) is { Implicit: false };

    public ValueTask DisposeAsync() => _client?.DisposeAsync() ?? ValueTask.CompletedTask;
}
