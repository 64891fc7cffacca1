using Microsoft.Extensions.Configuration;
using SlothActors.Engine.Hosting;
using SlothActors.Lua.Runtime;
using SlothActors.Node.Runtime;

namespace SlothActors.Node.Hosting;

/// <summary>
/// Reads <see cref="NodeSettings"/> from configuration: the node's settings (see
/// <see cref="NodeOptionsReader"/>), the <c>engine</c> section (e.g. <c>SLOTH_ENGINE__WORKERS</c>)
/// and the <c>lua</c> section (e.g. <c>SLOTH_LUA__EXECENABLED</c>).
/// </summary>
public static class NodeSettingsReader
{
    public const string LuaSection = "lua";

    /// <exception cref="NodeOptionsException">A setting is invalid; the message names it.</exception>
    public static NodeSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var node = NodeOptionsReader.Read(configuration);
        try
        {
            var engine = EngineServiceCollectionExtensions.BindOptions(configuration);
            var lua = configuration.GetSection(LuaSection).Get<LuaRuntimeOptions>() ?? new LuaRuntimeOptions();
            return new NodeSettings(node, engine, lua);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new NodeOptionsException($"{EngineOptions.SectionName}:{ex.ParamName} is out of range ({ex.ActualValue}): {FirstLine(ex.Message)}");
        }
        catch (InvalidOperationException ex)
        {
            throw new NodeOptionsException($"a setting of the {EngineOptions.SectionName} or {LuaSection} section cannot be read: {FirstLine(ex.Message)}");
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
