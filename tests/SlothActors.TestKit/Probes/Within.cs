using System.Diagnostics;
using Xunit.Sdk;

namespace SlothActors.TestKit;

/// <summary>
/// A time budget for a block of expectations: every wait inside is cut to what is left, and the
/// block fails if it overran. Flows with the async context, so nested probes share it.
/// </summary>
public static class Within
{
    private static readonly AsyncLocal<long?> Deadline = new();

    public static async Task RunAsync(TimeSpan max, Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var outer = Deadline.Value;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(max.TotalSeconds * Stopwatch.Frequency);
        Deadline.Value = outer is { } o && o < deadline ? o : deadline;
        try
        {
            await body().ConfigureAwait(false);
        }
        finally
        {
            Deadline.Value = outer;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > max)
        {
            throw new XunitException($"The block took {elapsed.TotalMilliseconds:0} ms, more than its budget of {max.TotalMilliseconds:0} ms.");
        }
    }

    /// <summary><paramref name="wanted"/>, cut to the remaining budget of an enclosing block.</summary>
    internal static TimeSpan Clamp(TimeSpan wanted)
    {
        if (Deadline.Value is not { } deadline)
        {
            return wanted;
        }

        var left = TimeSpan.FromSeconds((double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
        return left < TimeSpan.Zero ? TimeSpan.Zero : left < wanted ? left : wanted;
    }
}
