using System.Diagnostics;
using SlothActors.Actors;
using Xunit;
using Xunit.Sdk;

namespace SlothActors.TestKit;

/// <summary>
/// Base class for actor tests: a fresh <see cref="ActorSystem"/> per test, terminated after it.
/// </summary>
public abstract class ActorTestKit : IAsyncLifetime
{
    /// <summary>Default wait of every expectation: generous for a loaded 2-core CI machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan TerminationTimeout = TimeSpan.FromSeconds(10);

    protected ActorTestKit(ActorSystemOptions? options = null) => Sys = ActorSystem.Create("test", options);

    protected ActorSystem Sys { get; }

    public TestProbe CreateTestProbe(string? name = null) => new(Sys, name);

    /// <summary>Runs <paramref name="body"/> with a shared budget; see <see cref="Within"/>.</summary>
    public static Task WithinAsync(TimeSpan max, Func<Task> body) => Within.RunAsync(max, body);

    /// <summary>Polls <paramref name="condition"/> until it holds or the deadline passes.</summary>
    public static async Task AwaitConditionAsync(Func<bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = Within.Clamp(timeout ?? DefaultTimeout);
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > wait)
            {
                throw new XunitException($"Condition {what ?? "(unnamed)"} did not hold within {wait.TotalMilliseconds:0} ms.");
            }

            // A poll interval, not a wait for an event: the condition is re-checked until the deadline.
            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        await Sys.Terminate().WaitAsync(TerminationTimeout).ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
