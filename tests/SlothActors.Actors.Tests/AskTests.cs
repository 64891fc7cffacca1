using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class AskTests : ActorTestKit
{
    private readonly ManualTimeProvider _clock;

    public AskTests()
        : this(new ManualTimeProvider())
    {
    }

    private AskTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock }) => _clock = clock;

    [Fact]
    public async Task Ask_completes_with_the_reply()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());

        var reply = await echo.Ask<string>("ping", Timeouts.Ask);

        reply.ShouldBe("ping");
    }

    [Fact]
    public async Task Ask_times_out_with_a_message_naming_the_target_path_and_the_message_type()
    {
        var silent = CreateTestProbe();
        var ask = silent.Ref.Ask<string>(new Question(1), TimeSpan.FromSeconds(2));
        await silent.ExpectMsgAsync<Question>();

        _clock.Advance(TimeSpan.FromSeconds(2));

        var error = await Should.ThrowAsync<AskTimeoutException>(ask);
        error.Message.ShouldContain(silent.Path);
        error.Message.ShouldContain(typeof(Question).FullName!);
    }

    [Fact]
    public async Task A_Status_Failure_reply_fails_the_ask_with_its_cause()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());

        var error = await Should.ThrowAsync<TestFailure>(echo.Ask<string>(new Status.Failure(new TestFailure("no")), Timeouts.Ask));

        error.Message.ShouldBe("no");
    }

    [Fact]
    public async Task A_reply_after_the_timeout_is_a_dead_letter()
    {
        var target = CreateTestProbe();
        var ask = target.Ref.Ask<string>(new Question(2), TimeSpan.FromSeconds(1));
        await target.ExpectMsgAsync<Question>();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Should.ThrowAsync<AskTimeoutException>(ask);
        var before = Sys.DeadLetterCount;

        target.Reply("too late");

        Sys.DeadLetterCount.ShouldBe(before + 1);
    }

    [Fact]
    public async Task Cancelling_the_token_cancels_the_ask()
    {
        var target = CreateTestProbe();
        using var cts = new CancellationTokenSource();
        var ask = target.Ref.Ask<string>(new Question(3), TimeSpan.FromMinutes(1), cts.Token);

        await cts.CancelAsync();

        await Should.ThrowAsync<TaskCanceledException>(ask);
    }

    private sealed record Question(int Number);
}
