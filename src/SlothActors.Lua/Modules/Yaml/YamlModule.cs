using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;
using YamlDotNet.Serialization;

namespace SlothActors.Lua.Modules.Yaml;

/// <summary><c>yaml</c>: encode a Lua value as YAML text, decode YAML text (the first document) into a Lua value.</summary>
public sealed class YamlModule : IHookModule
{
    // Strings that would read back as numbers, booleans or null are quoted, so encode/decode round-trips.
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    public string Name => "yaml";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context) =>
        ModuleTable.For(lua, Name)
            .Function("encode", call => call.Return(Encode(call.Value(1))))
            .Function("decode", call => call.Return(YamlDecoder.Decode(call.String(1, "text"))))
            .Install();

    private static string Encode(object? value) => value switch
    {
        null => "null\n",
        _ => Serializer.Serialize(value),
    };
}
