using Akka.Actor;
using SlothActors.Engine.Execution;
using SlothActors.Engine.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

public sealed class RunQueueTests
{
    // Only for the works' cancellation tokens; its own threads never see these queues.
    private static readonly HookThreads Threads = new(1);

    [Fact]
    public async Task Runs_blocked_on_every_active_thread_do_not_keep_queued_runs_from_starting()
    {
        // More blocked runs than cores: the queue holds the extra ones back at first (about one
        // active thread per core) and must let them in once the running ones look blocked.
        var blocked = Environment.ProcessorCount + 2;
        var queue = new RunQueue(blocked);
        using var release = new ManualResetEventSlim();
        var started = 0;
        var threads = Enumerable.Range(0, blocked).Select(slot => new Thread(() =>
        {
            while (queue.TryTake(slot, out _))
            {
                Interlocked.Increment(ref started);
                release.Wait();
            }
        })
        { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());

        try
        {
            for (var i = 0; i < blocked; i++)
            {
                queue.TryAdd(Run()).ShouldBeTrue();
            }

            await Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref started) == blocked), "every blocked run started");
        }
        finally
        {
            queue.Close();
            release.Set();
            threads.ForEach(t => t.Join());
            queue.Dispose();
        }
    }

    [Fact]
    public void A_closed_queue_refuses_new_runs_and_hands_out_what_was_left()
    {
        var queue = new RunQueue(1);
        queue.TryAdd(Run()).ShouldBeTrue();
        queue.Close();

        queue.TryAdd(Run()).ShouldBeFalse();
        queue.TryTake(0, out var left).ShouldBeTrue();
        left.ShouldNotBeNull();
        queue.TryTake(0, out _).ShouldBeFalse();
        queue.Dispose();
    }

    private static HookWork Run()
    {
        // Never executed here: these tests take runs off the queue themselves.
        var hook = TestEvents.Hook("quick", ["*"]);
        return new HookWork(Threads, new RecordingRunner(), hook, TestEvents.Of("task.completed"), TimeSpan.FromSeconds(30), ActorRefs.Nobody, new WallClock(), TimeProvider.System);
    }

    private sealed class WallClock : ITimeProvider
    {
        public DateTimeOffset Now => DateTimeOffset.UtcNow;

        public TimeSpan MonotonicClock => TimeSpan.FromMilliseconds(Environment.TickCount64);

        public TimeSpan HighResMonotonicClock => MonotonicClock;
    }
}
