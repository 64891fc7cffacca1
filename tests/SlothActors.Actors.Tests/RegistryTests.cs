using SlothActors.Actors.Tests.Support;
using SlothActors.TestKit;

namespace SlothActors.Actors.Tests;

public sealed class RegistryTests : ActorTestKit
{
    [Fact]
    public async Task Spawning_and_stopping_100_000_actors_leaves_no_live_actors_behind()
    {
        const int count = 100_000;
        await AwaitConditionAsync(() => Sys.LiveActorCount == 1, what: "only the guardian is alive");
        var baseline = Sys.LiveActorCount;

        var actors = new IActorRef[count];
        for (var i = 0; i < count; i++)
        {
            actors[i] = Sys.ActorOf(Props.Create<EchoActor>());
        }

        Sys.LiveActorCount.ShouldBe(baseline + count);
        foreach (var actor in actors)
        {
            Sys.Stop(actor);
        }

        await AwaitConditionAsync(() => Sys.LiveActorCount == baseline, TimeSpan.FromSeconds(30), "every actor unregistered");
        Sys.Lookup(actors[^1].Path).ShouldBeNull();
    }

    [Fact]
    public async Task A_live_actor_can_be_looked_up_by_its_path_and_its_name_is_reserved()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>(), "echo");

        Sys.Lookup(echo.Path).ShouldBeSameAs(echo);
        echo.Path.ShouldBe("sloth://test/user/echo");
        Should.Throw<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<EchoActor>(), "echo"));
        Should.Throw<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<EchoActor>(), "a/b"));
        (await echo.Ask<string>("alive", Timeouts.Ask)).ShouldBe("alive");
    }
}
