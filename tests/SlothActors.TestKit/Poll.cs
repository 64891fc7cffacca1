using System.Diagnostics;
using Xunit.Sdk;

namespace SlothActors.TestKit;

/// <summary>
/// Waits on a condition, never on a fixed sleep: the condition is asked again until it holds or
/// the deadline passes, and a missed deadline fails the test with what was awaited. For state
/// that no probe or task can signal (rows in a database, a process dying, a counter).
/// </summary>
public static class Poll
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(10);

    /// <param name="interval">
    /// The pause between asks. Keep it short for in-memory state; make it longer when each ask
    /// costs (HTTP, SQL), so on a 2-core machine the polling does not steal the CPU the code under
    /// test needs.
    /// </param>
    /// <param name="diagnostics">What to show when the deadline passes (logs, counts).</param>
    /// <exception cref="XunitException">The condition did not hold in time.</exception>
    public static async Task UntilAsync(
        Func<Task<bool>> condition, string what, TimeSpan? within = null, TimeSpan? interval = null, Func<Task<string>>? diagnostics = null)
    {
        var limit = within ?? DefaultDeadline;
        var started = Stopwatch.GetTimestamp();
        while (!await condition().ConfigureAwait(false))
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                var detail = diagnostics is null ? string.Empty : "\n" + await diagnostics().ConfigureAwait(false);
                throw new XunitException($"{what} did not happen within {limit.TotalSeconds:0.#} s.{detail}");
            }

            await Task.Delay(interval ?? DefaultInterval).ConfigureAwait(false);
        }
    }

    /// <inheritdoc cref="UntilAsync(Func{Task{bool}}, string, TimeSpan?, TimeSpan?, Func{Task{string}}?)"/>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? within = null, TimeSpan? interval = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, within, interval);

    /// <summary>Asks <paramref name="probe"/> until its value satisfies <paramref name="condition"/>, and returns that value.</summary>
    /// <exception cref="XunitException">No value satisfied it in time; the message shows the last one.</exception>
    public static async Task<T> ValueAsync<T>(
        Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? within = null, TimeSpan? interval = null)
    {
        var limit = within ?? DefaultDeadline;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await probe().ConfigureAwait(false);
            if (condition(value))
            {
                return value;
            }

            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new XunitException($"{what} did not happen within {limit.TotalSeconds:0.#} s (last value: {value}).");
            }

            await Task.Delay(interval ?? DefaultInterval).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The blocking form, for code that cannot await (a test driving a synchronous API): spins with
    /// yields and returns whether the condition held in time, for the caller to assert on.
    /// </summary>
    public static bool Until(Func<bool> condition, TimeSpan within)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > within)
            {
                return false;
            }

            Thread.Yield();
        }

        return true;
    }

    /// <summary>ExpectNoMsg for state: fails if <paramref name="condition"/> ever holds during <paramref name="window"/>.</summary>
    /// <exception cref="XunitException">It held.</exception>
    public static async Task NeverWithinAsync(Func<bool> condition, string what, TimeSpan window)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < window)
        {
            if (condition())
            {
                throw new XunitException($"{what} happened within {window.TotalMilliseconds:0} ms.");
            }

            await Task.Delay(DefaultInterval).ConfigureAwait(false);
        }
    }
}
