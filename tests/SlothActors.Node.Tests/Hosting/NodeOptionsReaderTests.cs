using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SlothActors.Node.Hosting;

namespace SlothActors.Node.Tests.Hosting;

public class NodeOptionsReaderTests
{
    /// <summary>The options a node reads from these settings (environment-style or <c>Section:Key</c> names).</summary>
    internal static NodeOptions Read(params (string Key, string Value)[] settings) =>
        NodeOptionsReader.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build());

    [Fact]
    public void Defaults_match_the_documented_ones()
    {
        var options = Read();
        (options.DataDir, options.Bind, options.Port, options.Token, options.Insecure).ShouldBe(("./.sloth", "127.0.0.1", 8002, (string?)null, false));
        (options.MaxDataBytes, options.MaxBatchEvents, options.MaxScriptBytes).ShouldBe((1024 * 1024, 1000, 256 * 1024));
        options.LogLevel.ShouldBe(LogLevel.Information);
    }

    [Fact]
    public void Environment_names_win_over_appsettings_names()
    {
        var options = Read(("Node:Port", "9000"), ("PORT", "9100"), ("Node:DataDir", "/data"), ("LOG_LEVEL", "debug"), ("MAX_BATCH_EVENTS", "50"));
        options.Port.ShouldBe(9100);
        options.DataDir.ShouldBe("/data");
        options.LogLevel.ShouldBe(LogLevel.Debug);
        options.MaxBatchEvents.ShouldBe(50);
        options.ProtocolLimits.MaxBatchEvents.ShouldBe(50);
    }

    [Fact]
    public void Environment_variables_with_the_sloth_prefix_are_read()
    {
        Environment.SetEnvironmentVariable("SLOTH_MAX_SCRIPT_BYTES", "4096");
        try
        {
            var directory = Directory.CreateTempSubdirectory("sloth-options-");
            NodeOptionsReader.Read(NodeOptionsReader.LoadConfiguration(directory.FullName)).MaxScriptBytes.ShouldBe(4096);
            directory.Delete();
        }
        finally
        {
            Environment.SetEnvironmentVariable("SLOTH_MAX_SCRIPT_BYTES", null);
        }
    }

    [Theory]
    [InlineData("PORT", "70000", "Port")]
    [InlineData("PORT", "eighty", "Port")]
    [InlineData("LOG_LEVEL", "loud", "LogLevel")]
    [InlineData("INSECURE", "maybe", "Insecure")]
    [InlineData("MAX_DATA_BYTES", "0", "MaxDataBytes")]
    [InlineData("LOG_FORMAT", "xml", "LogFormat")]
    public void A_bad_value_is_refused_naming_the_setting(string key, string value, string named) =>
        Should.Throw<NodeOptionsException>(() => Read((key, value))).Message.ShouldContain(named);

    [Theory]
    [InlineData("MaxBodyBytes", "MAX_BODY_BYTES")]
    [InlineData("DataDir", "DATA_DIR")]
    [InlineData("Port", "PORT")]
    public void Setting_names_map_to_environment_names(string key, string environment) =>
        NodeOptionsReader.EnvironmentName(key).ShouldBe(environment);
}
