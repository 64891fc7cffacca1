namespace SlothActors.Integration.Tests.Cluster;

/// <summary>
/// Waits for a condition by asking again until it holds or a deadline passes. The probes go out
/// at a steady pace rather than back to back: on a 2-core machine a tight loop of HTTP and SQL
/// queries would steal the CPU the nodes under test need.
/// </summary>
internal static class Poll
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);

    /// <param name="diagnostics">What to show when the deadline passes (the node logs, the journal's counts).</param>
    public static async Task UntilAsync(string what, TimeSpan within, Func<Task<bool>> condition, Func<Task<string>> diagnostics)
    {
        var deadline = DateTime.UtcNow + within;
        using var pace = new PeriodicTimer(Pace);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {within}\n{await diagnostics()}");
            }

            await pace.WaitForNextTickAsync();
        }
    }
}
