namespace SlothActors.Commands.Protocol;

/// <summary>
/// How big the command protocol's messages may be. Akka remoting drops a frame over its
/// <c>maximum-frame-size</c> with only a log line on the sender, which the other side would see
/// as a timeout: so both sides size their frames from these, and the host refuses a reply
/// that would not fit instead of sending it.
/// </summary>
public static class CommandLimits
{
    /// <summary>The largest reply: a full page of events (1,000) with ordinary data fits many times over.</summary>
    public const int MaxReplyBytes = 16 * 1024 * 1024;

    /// <summary>Room for the envelope Akka puts around a message (addresses, manifest).</summary>
    private const int EnvelopeBytes = 64 * 1024;

    /// <summary>The frame size for a side whose largest inbound command is <paramref name="maxCommandBytes"/>.</summary>
    public static long FrameBytes(long maxCommandBytes) => Math.Max(maxCommandBytes, MaxReplyBytes) + EnvelopeBytes;
}
