using System.Text.Json;
using System.Text.Json.Serialization;
using SlothActors.Commands.Agents;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Secrets;

namespace SlothActors.Commands.Serialization;

/// <summary>
/// Source-generated JSON of every command message (no reflection at run time): the layout the
/// <see cref="CommandSerializer"/> puts on the wire, and what <c>sloth -o json</c> prints.
/// </summary>
// An explicit null for a non-nullable field is refused on read. (A missing one still reads as null,
// since nulls are not written: the command host refuses such a command as malformed.)
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(AddHook))]
[JsonSerializable(typeof(ListHooks))]
[JsonSerializable(typeof(GetHook))]
[JsonSerializable(typeof(SetHookEnabled))]
[JsonSerializable(typeof(RemoveHook))]
[JsonSerializable(typeof(GetHookHistory))]
[JsonSerializable(typeof(TestHook))]
[JsonSerializable(typeof(HookView))]
[JsonSerializable(typeof(HookList))]
[JsonSerializable(typeof(HookTestResult))]
[JsonSerializable(typeof(ExecutionList))]
[JsonSerializable(typeof(ListEvents))]
[JsonSerializable(typeof(GetEvent))]
[JsonSerializable(typeof(GetExecutions))]
[JsonSerializable(typeof(DeleteEvent))]
[JsonSerializable(typeof(CleanupEvents))]
[JsonSerializable(typeof(DispatchEvent))]
[JsonSerializable(typeof(ListEventTypes))]
[JsonSerializable(typeof(FollowEvents))]
[JsonSerializable(typeof(EventView))]
[JsonSerializable(typeof(EventList))]
[JsonSerializable(typeof(Collected))]
[JsonSerializable(typeof(CleanupResult))]
[JsonSerializable(typeof(EventTypeList))]
[JsonSerializable(typeof(ShowCluster))]
[JsonSerializable(typeof(LeaveMember))]
[JsonSerializable(typeof(DownMember))]
[JsonSerializable(typeof(DownUnreachable))]
[JsonSerializable(typeof(JoinCluster))]
[JsonSerializable(typeof(FollowMembers))]
[JsonSerializable(typeof(ClusterView))]
[JsonSerializable(typeof(MemberView))]
[JsonSerializable(typeof(MemberChange))]
[JsonSerializable(typeof(DownedMembers))]
[JsonSerializable(typeof(JoinReply))]
[JsonSerializable(typeof(SetSecret))]
[JsonSerializable(typeof(ListSecrets))]
[JsonSerializable(typeof(RemoveSecret))]
[JsonSerializable(typeof(SecretList))]
[JsonSerializable(typeof(ListAgents))]
[JsonSerializable(typeof(AgentList))]
[JsonSerializable(typeof(CommandRefused))]
[JsonSerializable(typeof(CommandDone))]
[JsonSerializable(typeof(StreamStarted))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
public sealed partial class CommandJson : JsonSerializerContext;
