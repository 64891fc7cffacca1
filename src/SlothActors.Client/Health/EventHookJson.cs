using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlothActors.Client.Health;

/// <summary>Serializer options that write health and metrics with the ecosystem's names (<c>events_emitted</c>, <c>half_open</c>).</summary>
public static class EventHookJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
            WriteIndented = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
