using SlothActors.Commands.Serialization;

namespace SlothActors.Cli.Commands.Events;

/// <summary>The catalog in the reply shape of the node's <c>events types</c>, for <c>--local --output json</c>.</summary>
internal static class EventTypesJson
{
    public static string Of(IReadOnlyList<EventTypeView> types) =>
        System.Text.Json.JsonSerializer.Serialize(new EventTypeList(types), CommandJson.Default.EventTypeList);
}
