namespace SlothActors.Actors.Tests.Support;

internal static class Timeouts
{
    /// <summary>How long an expectation of silence listens; long enough to catch a stray message.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    public static readonly TimeSpan Ask = TimeSpan.FromSeconds(3);
}
