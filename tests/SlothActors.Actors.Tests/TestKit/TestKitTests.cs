using System.Diagnostics;
using SlothActors.TestKit;
using Xunit.Sdk;

namespace SlothActors.Actors.Tests.TestKit;

public sealed class TestKitTests : ActorTestKit
{
    [Fact]
    public void ManualTimeProvider_fires_due_timers_in_due_order_at_their_due_time()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var fired = new List<(string Name, TimeSpan At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));

        clock.Advance(TimeSpan.FromSeconds(5));

        fired.ShouldBe([("early", TimeSpan.FromSeconds(1)), ("early", TimeSpan.FromSeconds(2.5)), ("late", TimeSpan.FromSeconds(3)), ("early", TimeSpan.FromSeconds(4))]);
        clock.GetUtcNow().ShouldBe(start + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WithinAsync_cuts_an_expectation_to_the_remaining_budget()
    {
        var probe = CreateTestProbe();
        var watch = Stopwatch.StartNew();

        await Should.ThrowAsync<XunitException>(WithinAsync(TimeSpan.FromMilliseconds(100), () => probe.ExpectMsgAsync<string>(timeout: TimeSpan.FromSeconds(10))));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ExpectMsgAsync_reports_a_message_of_the_wrong_type()
    {
        var probe = CreateTestProbe();
        probe.Tell(7);

        var error = await Should.ThrowAsync<XunitException>(probe.ExpectMsgAsync<string>());

        error.Message.ShouldContain("Int32");
    }

    [Fact]
    public async Task FishForMessageAsync_skips_messages_until_one_matches()
    {
        var probe = CreateTestProbe();
        probe.Tell("a");
        probe.Tell(1);
        probe.Tell("b");

        (await probe.FishForMessageAsync<string>(s => s == "b")).ShouldBe("b");
    }
}
