using System.Text.Json.Serialization;

namespace SlothActors.Cli.Client;

/// <summary>Source-generated serialisation of the cluster requests and replies.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ClusterView))]
[JsonSerializable(typeof(MemberView))]
[JsonSerializable(typeof(MemberChange))]
[JsonSerializable(typeof(DownedMembers))]
[JsonSerializable(typeof(MemberRequest))]
[JsonSerializable(typeof(JoinRequest))]
[JsonSerializable(typeof(JoinReply))]
internal sealed partial class ClusterJson : JsonSerializerContext;
