using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

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
    public static IConfiguration LoadConfiguration(string directory) =>
        new ConfigurationBuilder()
            .SetBasePath(Path.GetFullPath(directory))
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .Build();

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
        };
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
