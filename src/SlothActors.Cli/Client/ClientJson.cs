using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlothActors.Cli.Client;

/// <summary>Source-generated serialisation for every request and reply type (no reflection at run time).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(HookAddRequest))]
[JsonSerializable(typeof(HookTestRequest))]
[JsonSerializable(typeof(EventDraft))]
[JsonSerializable(typeof(HookView))]
[JsonSerializable(typeof(HookList))]
[JsonSerializable(typeof(ExecutionList))]
[JsonSerializable(typeof(EventView))]
[JsonSerializable(typeof(EventList))]
[JsonSerializable(typeof(Collected))]
[JsonSerializable(typeof(CleanupResult))]
[JsonSerializable(typeof(HookTestResult))]
[JsonSerializable(typeof(EventTypeList))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
internal sealed partial class ClientJson : JsonSerializerContext;
