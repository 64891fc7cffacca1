using Microsoft.Extensions.Logging;

namespace SlothActors.Node.Api;

/// <summary>The operator's leave and down requests, one line each (Akka logs the rest of the member's way).</summary>
internal static partial class ClusterCommandLog
{
    [LoggerMessage(EventId = 130, Level = LogLevel.Information, Message = "Leave requested for member {Address} ({Node})")]
    public static partial void LeaveRequested(ILogger logger, string address, string? node);

    [LoggerMessage(EventId = 131, Level = LogLevel.Warning, Message = "Member {Address} ({Node}) downed by an operator; its partitions recover on the other nodes once it is removed")]
    public static partial void Downed(ILogger logger, string address, string? node);
}
