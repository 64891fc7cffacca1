using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class PipeToTests : ActorTestKit
{
    [Fact]
    public async Task A_completed_task_is_piped_as_its_result()
    {
        var probe = CreateTestProbe();
        var work = new TaskCompletionSource<int>();
        var actor = Sys.ActorOf(Props.Create(() => new PipingActor(work.Task, probe)));
        actor.Tell("start");

        work.SetResult(42);

        (await probe.ExpectMsgAsync<string>()).ShouldBe("result 42");
    }

    [Fact]
    public async Task A_failed_task_is_piped_as_Status_Failure()
    {
        var probe = CreateTestProbe();
        var work = new TaskCompletionSource<int>();
        var actor = Sys.ActorOf(Props.Create(() => new PipingActor(work.Task, probe)));
        actor.Tell("start");

        work.SetException(new TestFailure("remote call failed"));

        (await probe.ExpectMsgAsync<string>()).ShouldBe("failure remote call failed");
    }

    /// <summary>Starts async work in receive and handles its outcome as a later message, as engine actors do.</summary>
    private sealed class PipingActor(Task<int> work, IActorRef report) : ActorBase
    {
        protected override void OnReceive(object message)
        {
            switch (message)
            {
                case "start":
                    _ = work.PipeTo(Self);
                    break;
                case int result:
                    report.Tell($"result {result}");
                    break;
                case Status.Failure failure:
                    report.Tell($"failure {failure.Cause.Message}");
                    break;
                default:
                    Unhandled(message);
                    break;
            }
        }
    }
}
