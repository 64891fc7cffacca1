namespace SlothActors.Journal.Postgres.Tests.Cluster;

/// <summary>Polls a condition until it holds or a deadline passes: the wait is on the condition, never a fixed sleep.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static async Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string because)
    {
        var giveUp = DateTime.UtcNow + Deadline;
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"still not the case after {Deadline.TotalSeconds} s: {because} (last: {value})");
            }

            await Task.Delay(20);
        }
    }
}
