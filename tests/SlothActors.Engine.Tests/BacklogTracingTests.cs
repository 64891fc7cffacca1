using System.Collections.Concurrent;
using System.Diagnostics;
using SlothActors.Engine.Observing;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

public sealed class BacklogTracingTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    [Fact]
    public async Task An_event_that_waited_in_the_backlog_is_processed_under_its_producers_dispatch_span()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTracing.SourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var runner = new GatedRunner();
        var options = EngineHarness.TestOptions().WithWorkers(1).WithCapacity(1);
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, options);

        // The first event takes the only slot; the second is accepted into the backlog.
        var first = TestEvents.Of("task.failed", id: "traced-first");
        var waiting = TestEvents.Of("task.failed", id: "traced-waiting");
        await harness.AcceptAsync([first]);
        await Poll.UntilAsync(() => runner.Running == 1, "the first event's hook running");
        await harness.AcceptAsync([waiting]);
        runner.Open();
        await harness.WaitUntilFinishedAsync(2);

        (await harness.Host.GetStatusAsync(CancellationToken.None)).ClaimedByFallback.ShouldBeGreaterThanOrEqualTo(1, "the second event came from the backlog (capacity 1, taken by the first)");
        await Poll.UntilAsync(() => SpanOf(spans, "process event", waiting.Id) is not null, "the waiting event's process span stopped");
        var dispatch = SpanOf(spans, "dispatch", waiting.Id).ShouldNotBeNull();
        var process = SpanOf(spans, "process event", waiting.Id)!;
        process.TraceId.ShouldBe(dispatch.TraceId);
        process.ParentSpanId.ShouldBe(dispatch.SpanId);
    }

    private static Activity? SpanOf(IEnumerable<Activity> spans, string name, string eventId) =>
        spans.FirstOrDefault(s => s.OperationName == name && Equals(s.GetTagItem("sloth.event.id"), eventId));
}
