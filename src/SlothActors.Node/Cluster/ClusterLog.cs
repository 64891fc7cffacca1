using Microsoft.Extensions.Logging;

namespace SlothActors.Node.Cluster;

/// <summary>The cluster's log lines: one per membership event, none per heartbeat.</summary>
internal static partial class ClusterLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Joined the cluster as {Node} (address {Address})")]
    public static partial void Joined(ILogger logger, string node, string address);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Member {Node} is up at {Address}")]
    public static partial void Up(ILogger logger, string node, string address);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Member {Node} is leaving: no new events, in-flight events drain")]
    public static partial void Leaving(ILogger logger, string node);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Member {Node} removed from the cluster; {Released} leftover events returned to pending")]
    public static partial void Removed(ILogger logger, string node, int released);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Member {Node} was asked to leave by the cluster")]
    public static partial void AskedToLeave(ILogger logger, string node);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Leave requested for member {Node}")]
    public static partial void LeaveRequested(ILogger logger, string node);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Member {Node} downed; {Released} of its events returned to pending")]
    public static partial void Downed(ILogger logger, string node, int released);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Auto-down of member {Node}: silent for {Silence}; {Released} events returned to pending")]
    public static partial void AutoDowned(ILogger logger, string node, TimeSpan silence, int released);

    [LoggerMessage(EventId = 108, Level = LogLevel.Error, Message = "This node ({Node}) is {Status} in the cluster: it stops processing and exits (fencing)")]
    public static partial void Fenced(ILogger logger, string node, string status);

    [LoggerMessage(EventId = 109, Level = LogLevel.Information, Message = "Member {Node} leader: {IsLeader}")]
    public static partial void Leadership(ILogger logger, string node, bool isLeader);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "A cluster heartbeat failed; the next one retries")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Cluster step failed: {Step}")]
    public static partial void StepFailed(ILogger logger, string step, Exception exception);

    [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "Lost the cluster notification connection; reconnecting in {RetryIn}")]
    public static partial void ListenerLost(ILogger logger, TimeSpan retryIn, Exception exception);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "Cluster notifications back; refreshing pending work and membership")]
    public static partial void ListenerBack(ILogger logger);

    [LoggerMessage(EventId = 115, Level = LogLevel.Warning, Message = "Handling a {Channel} notice failed")]
    public static partial void NoticeFailed(ILogger logger, string channel, Exception exception);
}
