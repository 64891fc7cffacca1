using System.Text.Json;
using SlothActors.Commands.Cluster;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Node.Tests.Cli.Fakes;

namespace SlothActors.Node.Tests.Cli.Cluster;

public class ClusterTailTests
{
    private static readonly MemberView Current = new(
        "akka.tcp://sloth@127.0.0.1:4053", "node-1", ["worker"], "up", "reachable", "0.1.0", Leader: true, Self: true,
        Event: "current", At: new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero));

    private static readonly MemberView Downed = new(
        "akka.tcp://sloth@127.0.0.1:4054", "node-2", ["worker"], "down", "unreachable", "0.1.0", Leader: false,
        Event: "downed", At: new DateTimeOffset(2026, 1, 2, 10, 0, 9, TimeSpan.Zero));

    private const string StreamEnded = "the node ended the stream: it stopped, or cut this follower off as too slow\n";

    [Fact]
    public async Task Tail_prints_one_timed_line_per_member_event_until_the_node_ends_the_stream()
    {
        await using var node = FakeCommandHost.Start(_ => new FakeStream(Current, Downed));
        var (code, output, error) = await Sloth.RunAsync("cluster", "tail", "--node", node.Node);
        output.ShouldBe("""
            2026-01-02 10:00:00 akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable
            2026-01-02 10:00:09 akka.tcp://sloth@127.0.0.1:4054 | [worker] | down | unreachable

            """.ReplaceLineEndings("\n"));
        error.ShouldBe(StreamEnded);
        code.ShouldBe(3);
        node.Commands.ShouldHaveSingleItem().ShouldBeOfType<FollowMembers>();
    }

    [Fact]
    public async Task Tail_as_json_prints_each_member_as_one_line_of_command_json()
    {
        await using var node = FakeCommandHost.Start(_ => new FakeStream(Current, Downed));
        var (_, output, error) = await Sloth.RunAsync("cluster", "tail", "-o", "json", "--node", node.Node);
        error.ShouldBe(StreamEnded);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.ShouldBe([JsonSerializer.Serialize(Current, CommandJson.Default.MemberView), JsonSerializer.Serialize(Downed, CommandJson.Default.MemberView)]);
        lines[0].ShouldStartWith("{\"address\":\"akka.tcp://sloth@127.0.0.1:4053\",\"name\":\"node-1\"");
    }

    [Fact]
    public async Task A_streamed_item_of_another_type_ends_the_tail_with_a_reason_and_exit_code_1()
    {
        await using var node = FakeCommandHost.Start(_ => new FakeStream(Current, new CommandDone("x", "done"), Downed));
        var (code, output, error) = await Sloth.RunAsync("cluster", "tail", "--node", node.Node);
        code.ShouldBe(1);
        output.ShouldBe("2026-01-02 10:00:00 akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable\n");
        error.ShouldBe("the node streamed CommandDone, not what this CLI expects\n");
    }

    [Fact]
    public async Task A_refused_stream_is_the_nodes_reason_and_exit_code_1()
    {
        await using var node = FakeCommandHost.Start(_ => new CommandRefused(401, "Unauthorized", "this node requires a token: pass --token or set SLOTH_TOKEN"));
        var (code, output, error) = await Sloth.RunAsync("cluster", "tail", "--node", node.Node);
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe("Unauthorized: this node requires a token: pass --token or set SLOTH_TOKEN\n");
    }
}
