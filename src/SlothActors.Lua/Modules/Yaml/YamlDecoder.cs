using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SlothActors.Lua.Modules.Yaml;

/// <summary>
/// YAML text to plain .NET values, bounded in input size, nesting and node count; the count
/// bound also stops alias bombs (an alias is expanded each time it is used).
/// </summary>
internal static class YamlDecoder
{
    public const int MaxInputLength = 4 * 1024 * 1024;
    public const int MaxNodes = 200_000;

    public static object? Decode(string text)
    {
        if (text.Length > MaxInputLength)
        {
            throw new LuaScriptException($"input longer than {MaxInputLength} characters");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new LuaScriptException($"invalid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        var budget = new NodeBudget();
        return Convert(stream.Documents[0].RootNode, 0, budget);
    }

    private static object? Convert(YamlNode node, int depth, NodeBudget budget)
    {
        if (depth > LuaJsonLimits.MaxDepth)
        {
            throw new LuaScriptException($"YAML nested deeper than {LuaJsonLimits.MaxDepth} levels");
        }

        if (++budget.Used > MaxNodes)
        {
            throw new LuaScriptException($"YAML expands to more than {MaxNodes} nodes");
        }

        return node switch
        {
            YamlScalarNode scalar => YamlScalars.Resolve(scalar),
            YamlSequenceNode sequence => sequence.Children.Select(child => Convert(child, depth + 1, budget)).ToList(),
            YamlMappingNode mapping => mapping.Children.Aggregate(
                new Dictionary<string, object?>(StringComparer.Ordinal),
                (map, entry) =>
                {
                    map[KeyText(entry.Key)] = Convert(entry.Value, depth + 1, budget);
                    return map;
                }),
            _ => null,
        };
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode { Value: { } text }
        ? text
        : throw new LuaScriptException($"only scalar mapping keys are supported (line {key.Start.Line})");

    private sealed class NodeBudget
    {
        public int Used { get; set; }
    }
}
