using System.Diagnostics;

namespace SlothActors.Lua.Tests.Modules.Support;

/// <summary>Checks a condition until it holds or a deadline passes (for effects with no event to await, like a process dying).</summary>
internal static class Poll
{
    public static bool Until(Func<bool> condition, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > within)
            {
                return false;
            }

            Thread.Yield();
        }

        return true;
    }
}
