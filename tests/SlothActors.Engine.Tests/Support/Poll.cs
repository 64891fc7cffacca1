using System.Diagnostics;
using Xunit.Sdk;

namespace SlothActors.Engine.Tests.Support;

/// <summary>Re-checks a condition until it holds or the deadline passes.</summary>
internal static class Poll
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(20);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        var limit = deadline ?? DefaultDeadline;
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new XunitException($"{what} did not happen within {limit.TotalSeconds:0.#} s.");
            }

            // A poll interval: the condition is re-checked until the deadline, never assumed.
            await Task.Delay(10);
        }
    }

    /// <summary>The probe's ExpectNoMsg for state: fails if <paramref name="condition"/> ever holds during <paramref name="window"/>.</summary>
    public static async Task NeverWithinAsync(Func<bool> condition, string what, TimeSpan window)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < window)
        {
            if (condition())
            {
                throw new XunitException($"{what} happened within {window.TotalMilliseconds:0} ms.");
            }

            await Task.Delay(10);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? deadline = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, deadline);
}
