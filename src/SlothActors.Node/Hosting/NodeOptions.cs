using System.Text;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Cluster;
using SlothActors.Node.Protocol;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Hosting;

/// <summary>
/// How a node runs. Read from <c>appsettings.json</c> (section <c>Node</c>) and <c>SLOTH_*</c>
/// environment variables by <see cref="NodeOptionsReader"/>; <c>sloth node run</c> flags override both.
/// </summary>
public sealed record NodeOptions
{
    public string DataDir { get; init; } = "./.sloth";

    public string Bind { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 8002;

    /// <summary>Bearer token every endpoint but <c>/health</c> requires; null means none.</summary>
    public string? Token { get; init; }

    /// <summary>Allows a non-loopback <see cref="Bind"/> without a token.</summary>
    public bool Insecure { get; init; }

    public string? HooksDir { get; init; }

    /// <summary>Largest request body (8 MiB: a full batch of typical events with room to spare).</summary>
    public long MaxBodyBytes { get; init; } = 8 * 1024 * 1024;

    public int MaxDataBytes { get; init; } = 1024 * 1024;

    public int MaxBatchEvents { get; init; } = 1000;

    public int MaxScriptBytes { get; init; } = 256 * 1024;

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary><c>text</c> (one line per entry) or <c>json</c> (one JSON object per entry).</summary>
    public string LogFormat { get; init; } = "text";

    /// <summary>How long the host waits for its services to stop (set from the engine's grace period plus a margin).</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><see cref="StorageKinds.Sqlite"/> (one node) or <see cref="StorageKinds.Postgres"/> (a cluster).</summary>
    public string Storage { get; init; } = StorageKinds.Sqlite;

    /// <summary>The Npgsql connection string when <see cref="Storage"/> is postgres. May hold a password: never logged or printed.</summary>
    public string? Postgres { get; init; }

    /// <summary>The member name, unique in the cluster; also the claim owner of the events this node processes.</summary>
    public string NodeName { get; init; } = MemberNames.FromMachineName(Environment.MachineName);

    /// <summary>The node's Akka cluster roles; dispatcher partitions and singletons live on <c>worker</c>s.</summary>
    public IReadOnlyList<string> Roles { get; init; } = ["worker"];

    /// <summary>The address Akka remoting binds (loopback unless <see cref="TlsCert"/> or <see cref="RemoteInsecure"/>).</summary>
    public string RemoteHost { get; init; } = RemotingDefaults.Host;

    /// <summary>Akka remoting's port; 0 picks a free one (tests, several nodes on one machine).</summary>
    public int RemotePort { get; init; } = RemotingDefaults.Port;

    /// <summary>The host other nodes reach this node's remoting at (e.g. a compose service name); null: <see cref="RemoteHost"/>.</summary>
    public string? AdvertiseHost { get; init; }

    /// <summary>Seed nodes (<c>akka.tcp://sloth@HOST:PORT</c>) to join; none: this node seeds a cluster of its own.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Allows a non-loopback <see cref="RemoteHost"/> without TLS.</summary>
    public bool RemoteInsecure { get; init; }

    /// <summary>
    /// The node's remoting certificate: a PKCS#12 file, or a folder holding one, issued by the
    /// cluster's private CA. Set: remoting is mutual TLS (<c>akka.ssl.tcp</c>) and may bind beyond loopback.
    /// </summary>
    public string? TlsCert { get; init; }

    /// <summary>The password of <see cref="TlsCert"/>. Never logged or printed.</summary>
    public string? TlsPassword { get; init; }

    /// <summary>The private CA's certificate; null: <c>ca.crt</c> beside <see cref="TlsCert"/>.</summary>
    public string? TlsCa { get; init; }

    public bool HasTls => TlsCert is not null;

    /// <summary>The URL other nodes and the CLI reach this node at; null: <c>http://{Bind}:{port}</c> (0.0.0.0 as 127.0.0.1).</summary>
    public string? AdvertiseAddress { get; init; }

    /// <summary>An OTLP/HTTP receiver (e.g. <c>http://127.0.0.1:4318</c>) to export traces to; null (the default): no tracing.</summary>
    public Uri? OtlpEndpoint { get; init; }

    public ClusterOptions Cluster { get; init; } = new();

    public bool IsClustered => Storage == StorageKinds.Postgres;

    public ProtocolLimits ProtocolLimits => ProtocolLimits.Default with
    {
        MaxDataBytes = MaxDataBytes,
        MaxBatchEvents = MaxBatchEvents,
    };

    public NodeOptions WithBind(string bind, int port) => this with { Bind = bind, Port = port };

    public NodeOptions WithToken(string? token) => this with { Token = token };

    // Records print every property; the token and the TLS password must never reach a log line or an exception message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"DataDir = {DataDir}, Bind = {Bind}, Port = {Port}, Token = {(Token is null ? "(none)" : "(set)")}, ");
        builder.Append($"Insecure = {Insecure}, HooksDir = {HooksDir}, MaxBodyBytes = {MaxBodyBytes}, MaxDataBytes = {MaxDataBytes}, ");
        builder.Append($"MaxBatchEvents = {MaxBatchEvents}, MaxScriptBytes = {MaxScriptBytes}, LogLevel = {LogLevel}, ");
        builder.Append($"LogFormat = {LogFormat}, ShutdownGrace = {ShutdownGrace}, Storage = {Storage}, ");
        builder.Append($"Postgres = {(Postgres is null ? "(none)" : "(set)")}, NodeName = {NodeName}, Roles = [{string.Join(",", Roles)}], ");
        builder.Append($"AdvertiseAddress = {AdvertiseAddress}, ");
        builder.Append($"RemoteHost = {RemoteHost}, RemotePort = {RemotePort}, AdvertiseHost = {AdvertiseHost}, Seeds = [{string.Join(",", Seeds)}], RemoteInsecure = {RemoteInsecure}, ");
        builder.Append($"TlsCert = {TlsCert}, TlsPassword = {(TlsPassword is null ? "(none)" : "***")}, TlsCa = {TlsCa}, ");
        builder.Append($"OtlpEndpoint = {OtlpEndpoint}, Cluster = {Cluster}");
        return true;
    }
}
