using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class SchedulerTests : ActorTestKit
{
    private readonly ManualTimeProvider _clock;

    public SchedulerTests()
        : this(new ManualTimeProvider())
    {
    }

    private SchedulerTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock }) => _clock = clock;

    [Fact]
    public async Task ScheduleTellOnce_delivers_once_when_the_delay_has_passed()
    {
        var probe = CreateTestProbe();
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(5), probe, "tick", null);

        _clock.Advance(TimeSpan.FromSeconds(4));
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await probe.ExpectMsgAsync("tick");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
    }

    [Fact]
    public async Task ScheduleTellRepeatedly_delivers_after_the_initial_delay_and_then_every_interval()
    {
        var probe = CreateTestProbe();
        Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), probe, "tick", null);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await probe.ExpectMsgAsync("tick");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
        _clock.Advance(TimeSpan.FromSeconds(4));
        await probe.ExpectMsgAsync("tick");
        await probe.ExpectMsgAsync("tick");
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
    }

    [Fact]
    public async Task A_cancelled_schedule_delivers_nothing_more()
    {
        var probe = CreateTestProbe();
        var repeating = Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), probe, "tick", null);
        var once = Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(3), probe, "once", null);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await probe.ExpectMsgAsync("tick");

        repeating.Cancel();
        once.Cancel();
        _clock.Advance(TimeSpan.FromSeconds(10));

        repeating.IsCancellationRequested.ShouldBeTrue();
        await probe.ExpectNoMsgAsync(Timeouts.Quiet);
        _clock.ActiveTimerCount.ShouldBe(0);
    }

    [Fact]
    public async Task Terminating_the_system_cancels_pending_schedules()
    {
        var probe = CreateTestProbe();
        var tick = Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), probe, "tick", null);

        await Sys.Terminate().WaitAsync(Timeouts.Ask);

        tick.IsCancellationRequested.ShouldBeTrue();
        _clock.ActiveTimerCount.ShouldBe(0);
    }
}
