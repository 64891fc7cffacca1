using System.CommandLine;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Tls;

namespace SlothActors.Cli;

/// <summary>Options every verb takes; each falls back to its environment variable.</summary>
public sealed class GlobalOptions
{
    public static readonly string DefaultNode = $"127.0.0.1:{NodeAddress.DefaultPort}";

    public Option<string> Node { get; } = new("--node")
    {
        Description = $"The node's Akka remoting address (its --remote-port), HOST:PORT or {NodeAddress.Protocol}://{NodeAddress.SystemName}@HOST:PORT; not its HTTP port [env: SLOTH_NODE]",
        HelpName = "HOST:PORT",
        Recursive = true,
        DefaultValueFactory = _ => Env("SLOTH_NODE") ?? DefaultNode,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "The node's token, sent with every command; for `node run`, the token the node requires [env: SLOTH_TOKEN]",
        HelpName = "TOKEN",
        Recursive = true,
        DefaultValueFactory = _ => Env("SLOTH_TOKEN"),
    };

    public Option<string?> TlsCert { get; } = new(TlsFlags.Certificate)
    {
        Description = $"Remoting certificate (PKCS#12 file, or a folder of them) for mutual TLS: this CLI's, or for `node run` the node's; {TlsFlags.MakeCerts} makes them [env: SLOTH_TLS_CERT]",
        HelpName = "PATH",
        Recursive = true,
        DefaultValueFactory = _ => Env("SLOTH_TLS_CERT"),
    };

    public Option<string?> TlsPassword { get; } = new(TlsFlags.Password)
    {
        Description = "The certificate's password; prefer the variable (a flag shows in ps) [env: SLOTH_TLS_PASSWORD]",
        HelpName = "PASSWORD",
        Recursive = true,
        DefaultValueFactory = _ => Env("SLOTH_TLS_PASSWORD"),
    };

    public Option<string?> TlsCa { get; } = new(TlsFlags.Ca)
    {
        Description = $"The cluster's CA certificate (default: {TlsFlags.DefaultCaFileName} beside the certificate) [env: SLOTH_TLS_CA]",
        HelpName = "FILE",
        Recursive = true,
        DefaultValueFactory = _ => Env("SLOTH_TLS_CA"),
    };

    public Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "table for people, json for scripts (the node's reply, one JSON document per line)",
        HelpName = "table|json",
        Recursive = true,
        DefaultValueFactory = _ => "table",
    };

    public Option<string?> LogLevel { get; } = new("--log-level")
    {
        Description = "trace, debug, information, warning, error, critical or none; debug also traces the CLI's commands and Akka remoting [env: SLOTH_LOG_LEVEL]",
        HelpName = "LEVEL",
        Recursive = true,
        DefaultValueFactory = _ => Env("SLOTH_LOG_LEVEL"),
    };

    public GlobalOptions()
    {
        Output.AcceptOnlyFromAmong("table", "json");
        LogLevel.AcceptOnlyFromAmong("trace", "debug", "information", "info", "warning", "warn", "error", "critical", "none");
    }

    public void AddTo(Command root)
    {
        root.Add(Node);
        root.Add(Token);
        root.Add(TlsCert);
        root.Add(TlsPassword);
        root.Add(TlsCa);
        root.Add(Output);
        root.Add(LogLevel);
    }

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
