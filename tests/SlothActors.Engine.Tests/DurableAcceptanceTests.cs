using SlothActors.Engine.Hosting;
using SlothActors.Engine.Tests.Support;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.TestKit;

namespace SlothActors.Engine.Tests;

public sealed class DurableAcceptanceTests : EngineTestKit
{
    private static readonly HookDefinition[] AnyEvent = [TestEvents.Hook("watch-all", ["*"])];

    [Fact]
    public async Task A_hook_never_sees_an_event_that_is_not_committed_and_unfinished_in_the_read_model()
    {
        var violations = new List<string>();
        EngineHarness? harness = null;
        var runner = new RecordingRunner(async (_, evt) =>
        {
            // Read through a separate connection: only committed state is visible there. Routed at
            // once it is processing; routed from the backlog it is still pending (routing writes nothing).
            var stored = await harness!.Journal.GetEventAsync(evt.Id, CancellationToken.None);
            if (stored?.Status is not (EventStatus.Processing or EventStatus.Pending))
            {
                lock (violations)
                {
                    violations.Add($"{evt.Id} was {stored?.Status.ToString() ?? "missing"} when its hook ran");
                }
            }
        });
        await using (harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent, start: false))
        {
            await harness.Host.StartAsync(CancellationToken.None);
            var batches = Enumerable.Range(0, 20).Select(_ => TestEvents.Many(25)).ToList();

            await Task.WhenAll(batches.Select(b => harness.AcceptAsync(b).AsTask()));
            await harness.WaitUntilFinishedAsync(500);

            violations.ShouldBeEmpty();
            runner.Runs.Count.ShouldBe(500);
        }
    }

    [Fact]
    public async Task A_producer_is_acknowledged_only_after_its_events_are_committed()
    {
        await using var harness = await EngineHarness.StartAsync(Sys, new RecordingRunner(), AnyEvent);
        harness.Controlled.HoldAppends();
        var events = TestEvents.Many(3);

        var acknowledged = harness.AcceptAsync(events).AsTask();
        await harness.Controlled.FirstAppendStarted.WaitAsync(EngineHarness.FirstWriteDeadline);

        // The write is held back: no acknowledgement and nothing visible in the journal.
        (await Task.WhenAny(acknowledged, Task.Delay(200))).ShouldNotBe(acknowledged);
        (await harness.Journal.GetEventAsync(events[0].Id, CancellationToken.None)).ShouldBeNull();

        harness.Controlled.ReleaseAppends();
        await acknowledged.WaitAsync(EngineHarness.FirstWriteDeadline);
        foreach (var evt in events)
        {
            (await harness.Journal.GetEventAsync(evt.Id, CancellationToken.None)).ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task A_failed_read_model_projection_is_retried_and_the_producer_acknowledged_once_it_lands()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent);
        harness.Controlled.FailAppendsWith = new IOException("disk full");
        var events = TestEvents.Many(2);

        // The events are durable in their partitions already: failing the producer would let its
        // retry be acknowledged as a repeat without any projection, so the write is retried instead.
        var acknowledged = harness.AcceptAsync(events).AsTask();
        await harness.Controlled.FirstAppendStarted.WaitAsync(EngineHarness.FirstWriteDeadline);
        await Poll.NeverWithinAsync(() => acknowledged.IsCompleted, "an acknowledgement while the projection fails", TimeSpan.FromMilliseconds(1500));

        harness.Controlled.FailAppendsWith = null;
        await acknowledged.WaitAsync(TimeSpan.FromSeconds(10));
        await harness.WaitUntilFinishedAsync(2);
        runner.Runs.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Repeated_ids_give_one_event_and_one_run()
    {
        var runner = new RecordingRunner();
        await using var harness = await EngineHarness.StartAsync(Sys, runner, AnyEvent);
        var original = TestEvents.Of("task.failed", id: "same-id");

        await harness.AcceptAsync([original, original with { Data = """{"copy":1}""" }]);
        await Task.WhenAll(harness.AcceptAsync([original]).AsTask(), harness.AcceptAsync([original]).AsTask());
        await harness.WaitUntilFinishedAsync(1);
        await harness.AcceptAsync([original]);
        var marker = TestEvents.Of("task.completed");
        await harness.AcceptAsync([marker]);
        await harness.WaitUntilFinishedAsync(2);

        (await harness.Journal.ListEventsAsync(new() { Type = "task.failed" }, CancellationToken.None)).Count.ShouldBe(1);
        runner.RunsOf("same-id").ShouldBe(1);
        (await harness.Journal.ExecutionsOfAsync("same-id", CancellationToken.None)).Count.ShouldBe(1);
    }
}
