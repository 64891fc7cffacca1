using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Cluster;
using SlothActors.Node.Remoting;

namespace SlothActors.Node.Hosting;

/// <summary>
/// Reads <see cref="NodeOptions"/> from configuration: a setting such as <c>MaxBodyBytes</c> is
/// looked up as <c>SLOTH_MAX_BODY_BYTES</c> (environment, wins) and then as <c>Node:MaxBodyBytes</c>
/// (appsettings.json). Unset settings keep their defaults.
/// </summary>
public static class NodeOptionsReader
{
    public const string EnvironmentPrefix = "SLOTH_";
    public const string Section = "Node";

    /// <summary>appsettings.json in <paramref name="directory"/> (optional) and the SLOTH_ environment.</summary>
    public static IConfiguration LoadConfiguration(string directory) => LoadConfiguration(directory, configFile: null);

    /// <summary>
    /// <paramref name="configFile"/> (same shape as appsettings.json; required to exist) instead of
    /// ./appsettings.json when given, then the SLOTH_ environment.
    /// </summary>
    /// <exception cref="NodeOptionsException">The config file is missing or is not JSON.</exception>
    public static IConfiguration LoadConfiguration(string directory, string? configFile)
    {
        if (configFile is not null && !File.Exists(Path.GetFullPath(configFile, Path.GetFullPath(directory))))
        {
            throw new NodeOptionsException($"--config '{configFile}' does not exist; give the path of a JSON file shaped like appsettings.json");
        }

        var builder = new ConfigurationBuilder().SetBasePath(Path.GetFullPath(directory));
        builder = configFile is null
            ? builder.AddJsonFile("appsettings.json", optional: true)
            : builder.AddJsonFile(Path.GetFullPath(configFile, Path.GetFullPath(directory)), optional: false);
        try
        {
            return builder.AddEnvironmentVariables(EnvironmentPrefix).Build();
        }
        catch (InvalidDataException ex)
        {
            throw new NodeOptionsException($"{configFile ?? "appsettings.json"} is not valid JSON: {ex.Message.Split('\n')[0]}");
        }
    }

    public static NodeOptions Read(IConfiguration configuration)
    {
        var defaults = new NodeOptions();
        string? Get(string key) => configuration[EnvironmentName(key)] ?? configuration[$"{Section}:{key}"];

        return defaults with
        {
            DataDir = Get("DataDir") ?? defaults.DataDir,
            Bind = Get("Bind") ?? defaults.Bind,
            Port = (int)Number(Get("Port"), "Port", defaults.Port, 0, 65535),
            Token = string.IsNullOrEmpty(Get("Token")) ? null : Get("Token"),
            Insecure = Flag(Get("Insecure"), "Insecure"),
            HooksDir = Get("HooksDir") ?? defaults.HooksDir,
            MaxBodyBytes = Number(Get("MaxBodyBytes"), "MaxBodyBytes", defaults.MaxBodyBytes, 1024, 1L << 30),
            MaxDataBytes = (int)Number(Get("MaxDataBytes"), "MaxDataBytes", defaults.MaxDataBytes, 2, 64L << 20),
            MaxBatchEvents = (int)Number(Get("MaxBatchEvents"), "MaxBatchEvents", defaults.MaxBatchEvents, 1, 100_000),
            MaxScriptBytes = (int)Number(Get("MaxScriptBytes"), "MaxScriptBytes", defaults.MaxScriptBytes, 16, 16L << 20),
            LogLevel = Get("LogLevel") is { } level ? ParseLogLevel(level) : defaults.LogLevel,
            LogFormat = ParseLogFormat(Get("LogFormat") ?? defaults.LogFormat),
            Storage = Get("Storage") is { } storage ? StorageKinds.Parse(storage) : defaults.Storage,
            Postgres = string.IsNullOrWhiteSpace(Get("Postgres")) ? null : Get("Postgres"),
            NodeName = Get("NodeName") is { } name ? MemberNames.ParseName(name) : defaults.NodeName,
            Roles = ReadRoles(configuration, Get("Roles")) ?? defaults.Roles,
            AdvertiseAddress = string.IsNullOrWhiteSpace(Get("AdvertiseAddress")) ? null : Get("AdvertiseAddress")!.Trim(),
            RemoteHost = string.IsNullOrWhiteSpace(Get("RemoteHost")) ? defaults.RemoteHost : Get("RemoteHost")!.Trim(),
            RemotePort = (int)Number(Get("RemotePort"), "RemotePort", defaults.RemotePort, 0, 65535),
            AdvertiseHost = string.IsNullOrWhiteSpace(Get("AdvertiseHost")) ? null : Get("AdvertiseHost")!.Trim(),
            Seeds = ReadList(configuration, "Seeds", Get("Seeds")) is { } seeds ? SeedAddresses.Parse(seeds) : defaults.Seeds,
            RemoteInsecure = Flag(Get("RemoteInsecure"), "RemoteInsecure"),
            TlsCert = string.IsNullOrWhiteSpace(Get("TlsCert")) ? null : Get("TlsCert")!.Trim(),
            TlsPassword = string.IsNullOrEmpty(Get("TlsPassword")) ? null : Get("TlsPassword"),
            TlsCa = string.IsNullOrWhiteSpace(Get("TlsCa")) ? null : Get("TlsCa")!.Trim(),
            OtlpEndpoint = string.IsNullOrWhiteSpace(Get("OtlpEndpoint")) ? null : ParseOtlpEndpoint(Get("OtlpEndpoint")!),
            Cluster = ClusterOptionsReader.Read(configuration),
        };
    }

    /// <exception cref="NodeOptionsException">Not an absolute http or https URL.</exception>
    public static Uri ParseOtlpEndpoint(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new NodeOptionsException($"OtlpEndpoint '{text}' is not an http(s) URL; give an OTLP/HTTP receiver such as http://127.0.0.1:4318");
        }

        return uri;
    }

    private static IReadOnlyList<string>? ReadRoles(IConfiguration configuration, string? text) =>
        ReadList(configuration, "Roles", text) is { } roles ? MemberNames.ParseRoles(string.Join(',', roles)) : null;

    // A comma list (environment, flag) or a JSON array (appsettings.json); null when unset.
    private static IReadOnlyList<string>? ReadList(IConfiguration configuration, string key, string? text)
    {
        if (text is not null)
        {
            return [text];
        }

        var items = configuration.GetSection($"{Section}:{key}").GetChildren().Select(c => c.Value).OfType<string>().ToList();
        return items.Count == 0 ? null : items;
    }

    /// <summary><c>MaxBodyBytes</c> -> <c>MAX_BODY_BYTES</c> (the prefix is stripped by the provider).</summary>
    public static string EnvironmentName(string key) =>
        string.Concat(key.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    public static LogLevel ParseLogLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "trace" => LogLevel.Trace,
        "debug" => LogLevel.Debug,
        "info" or "information" => LogLevel.Information,
        "warn" or "warning" => LogLevel.Warning,
        "error" => LogLevel.Error,
        "critical" => LogLevel.Critical,
        "none" => LogLevel.None,
        _ => throw new NodeOptionsException(
            $"LogLevel '{text}' is unknown: use trace, debug, information, warning, error, critical or none"),
    };

    private static string ParseLogFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "text" => "text",
        "json" => "json",
        _ => throw new NodeOptionsException($"LogFormat '{text}' is unknown: use text or json"),
    };

    private static long Number(string? text, string key, long fallback, long min, long max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new NodeOptionsException($"{key} must be a whole number from {min} to {max}, not '{text}'");
        }

        return value;
    }

    private static bool Flag(string? text, string key) => text switch
    {
        null => false,
        _ when bool.TryParse(text, out var value) => value,
        "1" => true,
        "0" => false,
        _ => throw new NodeOptionsException($"{key} must be true or false, not '{text}'"),
    };
}
