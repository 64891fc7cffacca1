namespace SlothActors.Client.Tests.Support;

/// <summary>Polls a condition until it holds or a deadline passes: the wait is on the condition, never a fixed sleep.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static async Task TrueAsync(Func<bool> condition, string because)
    {
        var giveUp = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"still false after {Deadline.TotalSeconds} s: {because}");
            }

            await Task.Delay(5);
        }
    }
}
